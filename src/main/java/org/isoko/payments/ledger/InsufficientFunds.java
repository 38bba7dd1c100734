package org.isoko.payments.ledger;

import org.isoko.shared.Conflict;

/**
 * A posting would take more out of an account than its kind allows (escrow below zero, a
 * payout above the released balance). Nothing of the posting is recorded.
 */
public class InsufficientFunds extends Conflict {

	private final AccountKey account;

	public InsufficientFunds(AccountKey account, String message) {
		super(message);
		this.account = account;
	}

	public AccountKey account() {
		return account;
	}

}
