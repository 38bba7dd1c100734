package org.isoko.trade;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded change to trade reference data (a tariff line, tax rule, cross-border rule
 * or freight rate): who changed what, when, and a summary.
 */
public record ReferenceChange(String entity, UUID entityId, String action, String changedBy, Instant changedAt,
		String summary) {
}
