package org.isoko.trade;

import java.math.BigDecimal;

import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * How China's cross-border e-commerce retail rules treat a quote: the order's value
 * (customs value: goods + freight + insurance) against the per-order limit and, when the
 * buyer is known, the annual limit.
 */
public record CrossBorderRetail(Treatment treatment, Money orderValue, Money perOrderLimit, Money annualLimit,
		@Nullable Money usedThisYear, @Nullable Money remainingAfterOrder, boolean singleItem, BigDecimal taxFactor,
		String legalBasis, String source) {

	public enum Treatment {

		/** Tariff 0 %, VAT and consumption tax at 70 %. */
		WITHIN_LIMITS,
		/**
		 * One indivisible item over the per-order limit: cleared as retail, but duty and
		 * taxes in full.
		 */
		SINGLE_ITEM_FULL_TAX,
		/**
		 * Several items over the per-order limit: cannot clear as retail (figures shown
		 * are general trade).
		 */
		OVER_ORDER_LIMIT,
		/**
		 * The buyer's annual limit would be exceeded: general trade (figures shown are
		 * general trade).
		 */
		OVER_ANNUAL_LIMIT

	}

	public boolean allowsRetailClearance() {
		return treatment == Treatment.WITHIN_LIMITS || treatment == Treatment.SINGLE_ITEM_FULL_TAX;
	}
}
