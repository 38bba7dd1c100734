package org.isoko.trade;

import org.isoko.shared.Money;

/** The outcome of checking an order against China's cross-border retail limits. */
public sealed interface QuotaCheck {

	boolean allowed();

	String message();

	/** Not a cross-border retail order: no limit applies. */
	record NotApplicable() implements QuotaCheck {

		@Override
		public boolean allowed() {
			return true;
		}

		@Override
		public String message() {
			return "No cross-border retail limit applies to this order";
		}
	}

	/**
	 * Within the limits (or one indivisible item above the per-order limit, taxed in
	 * full); {@code remainingAfter} this order.
	 */
	record Allowed(Money orderValue, Money remainingAfter, boolean singleItemTaxedInFull) implements QuotaCheck {

		@Override
		public boolean allowed() {
			return true;
		}

		@Override
		public String message() {
			return "Within the cross-border retail limits; " + remainingAfter
					+ " of this year's limit remains after this order" + (singleItemTaxedInFull
							? " (a single item above the per-order limit: duty and taxes in full)" : "");
		}
	}

	/** Several items above the per-order limit: refused. */
	record OverOrderLimit(Money orderValue, Money perOrderLimit) implements QuotaCheck {

		@Override
		public boolean allowed() {
			return false;
		}

		@Override
		public String message() {
			return "This order (" + orderValue + ") is above the cross-border retail limit of " + perOrderLimit
					+ " per order; " + "split it into orders of at most " + perOrderLimit
					+ " (a single indivisible item may exceed it)";
		}
	}

	/** The buyer's purchases this year would pass the annual limit: refused. */
	record OverAnnualLimit(Money orderValue, Money annualLimit, Money remaining) implements QuotaCheck {

		@Override
		public boolean allowed() {
			return false;
		}

		@Override
		public String message() {
			return "This order (" + orderValue + ") would exceed the cross-border retail limit of " + annualLimit
					+ " per buyer per " + "year: " + remaining
					+ " remains this year. Larger purchases must be imported as general trade";
		}
	}

}
