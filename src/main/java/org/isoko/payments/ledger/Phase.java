package org.isoko.payments.ledger;

/**
 * How a transfer affects balances (TigerBeetle's two-phase flags). A {@link #PENDING}
 * transfer reserves the amount; exactly one later transfer resolves it, naming it by
 * {@code pendingId}: {@link #POST_PENDING} (all or part), {@link #VOID_PENDING} or
 * {@link #EXPIRE_PENDING}. The pending transfer itself is never changed.
 */
public enum Phase {

	POSTED, PENDING, POST_PENDING, VOID_PENDING, EXPIRE_PENDING;

	public boolean resolves() {
		return this == POST_PENDING || this == VOID_PENDING || this == EXPIRE_PENDING;
	}

}
