package org.isoko.payments.ledger;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One transfer of a posting, before it is recorded: from the {@code debit} account to the
 * {@code credit} account, {@code amount} minor units of their common currency. Built only
 * through the factories below so that every leg is well-formed: positive, between two
 * different accounts of one currency, and resolving a hold only with the hold's own
 * accounts.
 *
 * @param pendingAmount for a resolving leg, the amount the hold reserved (released from
 * the pending balances)
 */
public record Leg(AccountKey debit, AccountKey credit, long amount, TransferCode code, Phase phase,
		@Nullable UUID pendingId, long pendingAmount, @Nullable Instant timeout) {

	public Leg {
		if (amount <= 0) {
			throw new IllegalArgumentException("A transfer moves a positive amount, got " + amount + " (" + code + ")");
		}
		if (debit.equals(credit)) {
			throw new IllegalArgumentException("A transfer needs two different accounts, got " + debit + " twice");
		}
		if (!debit.currency().equals(credit.currency())) {
			throw new IllegalArgumentException("Accounts of different currencies never transact directly (" + debit
					+ " → " + credit + "); convert through FX positions");
		}
		if (phase.resolves() != (pendingId != null)) {
			throw new IllegalArgumentException("Only a resolving transfer names a pending transfer (" + phase + ")");
		}
		if (phase.resolves() && (amount > pendingAmount || (phase != Phase.POST_PENDING && amount != pendingAmount))) {
			throw new IllegalArgumentException(
					"Cannot resolve a hold of " + pendingAmount + " with " + amount + " (" + phase + ")");
		}
	}

	public static Leg posted(AccountKey debit, AccountKey credit, long amount, TransferCode code) {
		return new Leg(debit, credit, amount, code, Phase.POSTED, null, 0, null);
	}

	public static Leg pending(AccountKey debit, AccountKey credit, long amount, TransferCode code,
			@Nullable Instant timeout) {
		return new Leg(debit, credit, amount, code, Phase.PENDING, null, 0, timeout);
	}

	/**
	 * Posts {@code amount} (all or part) of a hold; the rest of the hold goes back to the
	 * debit account.
	 */
	public static Leg post(PendingTransfer hold, long amount, TransferCode code) {
		return new Leg(hold.debit(), hold.credit(), amount, code, Phase.POST_PENDING, hold.id(), hold.amount(), null);
	}

	public static Leg voiding(PendingTransfer hold, TransferCode code) {
		return new Leg(hold.debit(), hold.credit(), hold.amount(), code, Phase.VOID_PENDING, hold.id(), hold.amount(),
				null);
	}

	public static Leg expiring(PendingTransfer hold) {
		return new Leg(hold.debit(), hold.credit(), hold.amount(), TransferCode.HOLD_EXPIRED, Phase.EXPIRE_PENDING,
				hold.id(), hold.amount(), null);
	}

	public org.isoko.shared.CurrencyCode currency() {
		return debit.currency();
	}

	/** What this leg does to the debit account's balance. */
	public BalanceChange debitChange() {
		switch (phase) {
			case POSTED:
				return new BalanceChange(0, amount, 0, 0);
			case PENDING:
				return new BalanceChange(amount, 0, 0, 0);
			case POST_PENDING:
				return new BalanceChange(-pendingAmount, amount, 0, 0);
			default:
				return new BalanceChange(-pendingAmount, 0, 0, 0);
		}
	}

	/** What this leg does to the credit account's balance. */
	public BalanceChange creditChange() {
		BalanceChange d = debitChange();
		return new BalanceChange(0, 0, d.debitsPending(), d.debitsPosted());
	}
}
