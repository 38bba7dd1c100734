package org.isoko.trade;

import org.isoko.shared.Conflict;
import org.isoko.shared.Money;

/**
 * Thrown by {@link CrossBorderQuota#consume} when an order would take a buyer over the
 * annual limit (409).
 */
public class QuotaExceeded extends Conflict {

	private final transient Money remaining;

	public QuotaExceeded(Money annualLimit, Money remaining, Money amount) {
		super("This order (" + amount + ") would exceed the cross-border retail limit of " + annualLimit
				+ " per buyer per year: " + remaining + " remains this year");
		this.remaining = remaining;
	}

	public Money remaining() {
		return remaining;
	}

}
