package org.isoko.trade.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What {@link LandedCostCalculator} works out for a shipment: per line, in the buyer's
 * currency, every amount rounded once, with each rate's source and validity, the FX rates
 * used, the freight basis, the cross-border retail treatment, origin advice and notices.
 * The trade module maps it to its public {@code Quote} (and adds the totals, sums of
 * these lines); the types here are the calculator's own so that the plain core depends on
 * nothing of the module around it.
 *
 * @param requestedRegime the regime asked for (or chosen by default)
 * @param regime the regime the figures are computed under (the same: a consumer's
 * cross-border retail quote above a limit keeps its regime and is refused, see
 * {@code crossBorderRetail})
 */
public record LandedCost(LocalDate date, CorridorId corridor, HubCode origin, HubCode destination, CountryCode importer,
		CustomsRegime requestedRegime, CustomsRegime regime, CurrencyCode currency, List<Line> lines,
		List<ExchangeRate> fxRates, Freight freight, @Nullable CrossBorderRetail crossBorderRetail,
		List<OriginAdvice> originAdvice, List<Notice> notices, String rounding) {

	public LandedCost {
		lines = List.copyOf(lines);
		fxRates = List.copyOf(fxRates);
		originAdvice = List.copyOf(originAdvice);
		notices = List.copyOf(notices);
	}

	/**
	 * One priced line: goods, freight (its share by gross weight), insurance, customs
	 * value (CIF), duty, taxes, fees and the total.
	 *
	 * @param unitPrice the seller's price per unit, in the seller's currency
	 */
	public record Line(LotId lot, HsCode hsCode, int quantity, Money unitPrice, BigDecimal grossKg, Money goods,
			Money freight, Money insurance, Money customsValue, Duty duty, List<Tax> taxes, List<Fee> fees,
			Money total) {

		public Line {
			taxes = List.copyOf(taxes);
			fees = List.copyOf(fees);
		}

	}

	/**
	 * The duty on one line: the rate, the scheme it comes from, its legal basis, source
	 * and validity, the base (customs value) and the amount; and the certificate of
	 * origin that earned a preference.
	 */
	public record Duty(String scheme, Percent rate, String legalBasis, String source, @Nullable String sourceUrl,
			Validity validity, Money base, Money amount, @Nullable String certificate) {
	}

	/**
	 * One import tax on one line: the statutory rate, the factor applied to it, the
	 * effective rate as a fraction, the base and the amount.
	 */
	public record Tax(TaxKind kind, Percent statutoryRate, BigDecimal factor, BigDecimal effectiveRate, Money base,
			Money amount, String legalBasis, String source, Validity validity) {
	}

	/** A fee on a line, a percentage of the goods value. */
	public record Fee(String name, Percent rate, Money base, Money amount, String source) {
	}

	/**
	 * How freight and insurance were worked out: {@code perKg} × {@code grossKg}, at
	 * least {@code minimum}, giving {@code consignmentFreight} (in the rate's currency).
	 */
	public record Freight(TransportMode mode, BigDecimal perKg, Money minimum, BigDecimal grossKg,
			BigDecimal consignmentFreight, Percent insurance, String source, Validity validity) {
	}

	/**
	 * How China's cross-border e-commerce retail rules treat the shipment: its value
	 * against the per-order limit and, when the buyer is known, the annual limit.
	 */
	public record CrossBorderRetail(Treatment treatment, Money orderValue, Money perOrderLimit, Money annualLimit,
			@Nullable Money usedThisYear, @Nullable Money remainingAfterOrder, boolean singleItem, BigDecimal taxFactor,
			String legalBasis, String source) {

		public boolean allowsRetailClearance() {
			return treatment == Treatment.WITHIN_LIMITS || treatment == Treatment.SINGLE_ITEM_FULL_TAX;
		}

	}

	/** The cross-border retail treatments (see the trade module's public twin). */
	public enum Treatment {

		WITHIN_LIMITS, SINGLE_ITEM_FULL_TAX, OVER_ORDER_LIMIT, OVER_ANNUAL_LIMIT

	}

	/**
	 * A valid certificate of origin for {@code scheme} would bring the duty on
	 * {@code lot} from {@code currentRate} to {@code preferentialRate}, saving
	 * {@code saving}; or, when {@code regime} is set, switching the order to that regime
	 * would (then {@code scheme} is the preference the line would earn, if any).
	 */
	public record OriginAdvice(LotId lot, @Nullable PreferenceScheme scheme, String document, Percent currentRate,
			Percent preferentialRate, Money saving, @Nullable CustomsRegime regime, String message) {
	}

	/**
	 * Something the buyer should know, as a code with arguments and an English message.
	 */
	public record Notice(String code, List<String> args, String message) {

		public Notice {
			args = List.copyOf(args);
		}

	}

}
