package org.isoko.payments.ledger;

/**
 * A change to the four balance counters of one account (pending counters may fall when a
 * hold is resolved).
 */
public record BalanceChange(long debitsPending, long debitsPosted, long creditsPending, long creditsPosted) {

	public static final BalanceChange NONE = new BalanceChange(0, 0, 0, 0);

	public BalanceChange plus(BalanceChange other) {
		return new BalanceChange(Math.addExact(debitsPending, other.debitsPending),
				Math.addExact(debitsPosted, other.debitsPosted), Math.addExact(creditsPending, other.creditsPending),
				Math.addExact(creditsPosted, other.creditsPosted));
	}
}
