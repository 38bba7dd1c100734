package org.isoko.payments.ledger;

/**
 * The four counters TigerBeetle keeps per account. For a liability such as escrow the
 * balance is {@code creditsPosted - debitsPosted}, and {@code available()} also subtracts
 * what holds reserve.
 */
public record Balance(long debitsPending, long debitsPosted, long creditsPending, long creditsPosted) {

	public static final Balance ZERO = new Balance(0, 0, 0, 0);

	public Balance apply(BalanceChange change) {
		return new Balance(Math.addExact(debitsPending, change.debitsPending()),
				Math.addExact(debitsPosted, change.debitsPosted()),
				Math.addExact(creditsPending, change.creditsPending()),
				Math.addExact(creditsPosted, change.creditsPosted()));
	}

	/**
	 * Posted credits minus posted debits: what the account owes (negative for an asset
	 * such as provider clearing).
	 */
	public long net() {
		return creditsPosted - debitsPosted;
	}

	/**
	 * What can still be debited from an account whose debits must not exceed its credits.
	 */
	public long available() {
		return creditsPosted - debitsPosted - debitsPending;
	}

	/**
	 * Whether these counters break a rule of the account kind (the same rule the database
	 * checks).
	 */
	public boolean violates(AccountKind kind) {
		if (debitsPending < 0 || debitsPosted < 0 || creditsPending < 0 || creditsPosted < 0) {
			return true;
		}
		return kind.debitsMustNotExceedCredits() && debitsPending + debitsPosted > creditsPosted;
	}
}
