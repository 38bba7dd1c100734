package org.isoko.network;

import java.time.OffsetDateTime;

/**
 * Who created a row and who changed it last, and when. The full history is in the network
 * change log.
 */
public record Changed(String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
}
