package org.isoko.trade.tariff;

import java.util.UUID;
import java.util.regex.Pattern;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * An import tax rate of {@code importer} for the goods whose HS code starts with
 * {@code hsPrefix} (2 to 10 digits; empty for the standard rate on everything). The most
 * specific prefix valid on the day wins, so an exemption is a 0 % rule on a longer
 * prefix.
 */
public record TaxRule(UUID id, String ref, CountryCode importer, String hsPrefix, TaxKind kind, Percent rate,
		Validity validity, String legalBasis, String source, @Nullable String sourceUrl) implements Sourced {

	private static final Pattern PREFIX = Pattern.compile("(\\d{2}){0,5}");

	public TaxRule {
		Texts.require(ref, "ref", 80);
		hsPrefix = hsPrefix == null ? "" : hsPrefix.replaceAll("[.\\s]", "");
		if (!PREFIX.matcher(hsPrefix).matches()) {
			throw new InvalidInput("hsPrefix",
					"hsPrefix must be empty (all goods) or an HS chapter, heading, subheading or "
							+ "national line (2, 4, 6, 8 or 10 digits), got '" + hsPrefix + "'");
		}
		if (!hsPrefix.isEmpty()) {
			try {
				HsCode.of(hsPrefix.length() < 6 ? (hsPrefix + "0000").substring(0, 6) : hsPrefix);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput("hsPrefix", e.getMessage());
			}
		}
		Texts.require(legalBasis, "legalBasis", 500);
		Texts.require(source, "source", 1000);
	}

	public boolean covers(HsCode code) {
		return code.value().startsWith(hsPrefix);
	}

	public boolean sameRuleAs(TaxRule other) {
		return importer.equals(other.importer) && hsPrefix.equals(other.hsPrefix) && kind == other.kind;
	}
}
