package org.isoko.identity;

/** Where an organisation stands with its hub's verification of sellers. */
public enum Verification {

	/** A seller organisation waiting for its hub operator. It cannot sell yet. */
	PENDING,
	/** Checked by a hub operator: may sell. */
	VERIFIED,
	/** Refused by a hub operator, with a reason the seller can read and act on. */
	REJECTED,
	/** Buyers, hubs and authorities: nothing to verify. */
	NOT_REQUIRED

}
