package org.isoko.network;

import java.time.OffsetDateTime;

/** One recorded change of reference data: who did what to which row, and when. */
public record NetworkChange(String entity, String key, String action, String changedBy, OffsetDateTime changedAt,
		String summary) {
}
