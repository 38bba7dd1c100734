package org.isoko.trade;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.shared.Money;

/**
 * China's cross-border e-commerce retail limits at checkout: the per-order limit (unless
 * the order is one indivisible item) and the per-buyer annual limit, tracked across
 * orders. {@link #consume} and {@link #restore} join the caller's transaction and are
 * idempotent per order id.
 */
public interface CrossBorderQuota {

	/**
	 * Whether an order quoted under {@code quote} may be placed by {@code buyer};
	 * {@link QuotaCheck.NotApplicable} unless the quote's requested regime is
	 * cross-border retail.
	 */
	QuotaCheck check(UserId buyer, Quote quote);

	/**
	 * As {@link #check}, for a personal quote made for {@code buyer} in the current
	 * transaction (checkout): the buyer's use this year is the one the quote read, not
	 * read again. A quote without it is checked as {@link #check} does.
	 */
	QuotaCheck checkQuoted(UserId buyer, Quote quote);

	/**
	 * Counts {@code amount} (the order's value in the limit's currency,
	 * {@code quote.crossBorderRetail().orderValue()}) against the buyer's annual limit
	 * for order {@code orderId}, with one conditional update. Calling it again for the
	 * same order returns the first use and changes nothing.
	 * @throws QuotaExceeded (a Conflict, 409) when the annual limit would be exceeded;
	 * nothing is counted
	 */
	QuotaUse consume(UserId buyer, UUID orderId, Money amount);

	/** One order to count against its buyer's annual limit: see {@link #consumeAll}. */
	record Claim(UserId buyer, UUID orderId, Money amount) {
	}

	/**
	 * Counts many orders at once, inside the caller's transaction (which must exist), for
	 * a hot path that writes many orders per transaction (drops). Unlike {@link #consume}
	 * it never throws for a claim that does not fit, so one buyer over the limit cannot
	 * roll back the others: each claim gets its use, or empty when it would pass the
	 * buyer's annual limit (then nothing is counted for it). Buyers' rows are updated in
	 * buyer order, so two concurrent callers lock them in one order and cannot deadlock.
	 * Amounts must be positive and in the limit's currency.
	 * @return one answer per claim, in the order given
	 */
	List<Optional<QuotaUse>> consumeAll(List<Claim> claims);

	/**
	 * Gives the order's amount back (order cancelled, refunded or expired). Idempotent;
	 * unknown orders are ignored.
	 */
	void restore(UUID orderId);

	/**
	 * What the buyer may still buy this year (in China's calendar year) under
	 * cross-border retail.
	 */
	Money remaining(UserId buyer);

	/**
	 * The yearly allowance per buyer in force today (RMB 26,000 since 2019), for pages
	 * that show what a buyer used of it.
	 */
	Money annualLimit();

}
