package org.isoko.trade.tariff;

import java.util.regex.Pattern;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A conditional exemption from an import tax of {@code importer} for the goods whose HS
 * code starts with {@code hsPrefix}: it applies only to a buyer who holds an approved,
 * unexpired certificate for {@code condition} (Rwanda's VAT exemption for machinery and
 * capital goods of registered processors: {@code CAPITAL_GOODS_PROCESSOR}). Unlike a 0 %
 * {@link TaxRule}, which applies to everyone, an exemption depends on who buys.
 */
public record TaxExemption(String ref, CountryCode importer, String hsPrefix, TaxKind kind, String condition,
		Validity validity, String legalBasis, String source, @Nullable String sourceUrl) implements Sourced {

	private static final Pattern PREFIX = Pattern.compile("(\\d{2}){2,5}");

	private static final Pattern CONDITION = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

	public TaxExemption {
		Texts.require(ref, "ref", 80);
		hsPrefix = hsPrefix == null ? "" : hsPrefix.replaceAll("[.\\s]", "");
		if (!PREFIX.matcher(hsPrefix).matches()) {
			throw new InvalidInput("hsPrefix",
					"An exemption covers an HS heading, subheading or national line (4, 6, 8 or 10 digits), got '"
							+ hsPrefix + "'");
		}
		try {
			HsCode.of(hsPrefix.length() < 6 ? (hsPrefix + "00").substring(0, 6) : hsPrefix);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("hsPrefix", e.getMessage());
		}
		if (condition == null || !CONDITION.matcher(condition).matches()) {
			throw new InvalidInput("condition", "condition must be an upper-case code, got '" + condition + "'");
		}
		Texts.require(legalBasis, "legalBasis", 500);
		Texts.require(source, "source", 1000);
	}

	public boolean covers(HsCode code) {
		return code.value().startsWith(hsPrefix);
	}

	/**
	 * The exemption as held by one buyer: the rule and the number of the certificate that
	 * earns it (already checked approved and valid on the quote's day by the service).
	 */
	public record Held(TaxExemption exemption, String certificate) {

		public Held {
			Texts.require(certificate, "certificate", 80);
		}

	}

}
