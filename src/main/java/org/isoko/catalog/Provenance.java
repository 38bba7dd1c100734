package org.isoko.catalog;

import java.time.LocalDate;

import org.isoko.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Where a lot comes from: country, region or district, the producer, and when it was
 * harvested or made.
 */
public record Provenance(CountryCode country, String region, String producerName, ProducerKind producerKind,
		@Nullable LocalDate harvestedOn) {
}
