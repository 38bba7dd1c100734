package org.isoko.trade.tariff;

import java.util.UUID;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.jspecify.annotations.Nullable;

/**
 * One duty rate: what {@code importer} charges on goods of {@code hsCode} (6-digit
 * subheading or a national 8/10-digit line) under {@code scheme}, during
 * {@code validity}. Lines of the same importer, code and scheme must not overlap in time.
 */
public record TariffLine(UUID id, String ref, CountryCode importer, HsCode hsCode, TariffScheme scheme, Percent rate,
		Validity validity, String legalBasis, String source, @Nullable String sourceUrl) implements Sourced {

	public TariffLine {
		Texts.require(ref, "ref", 80);
		Texts.require(legalBasis, "legalBasis", 500);
		Texts.require(source, "source", 1000);
	}

	/** The same line (for the overlap rule): importer, code and scheme. */
	public boolean sameLineAs(TariffLine other) {
		return importer.equals(other.importer) && hsCode.equals(other.hsCode) && scheme == other.scheme;
	}
}
