package org.isoko.identity;

/**
 * What a user may do. A user has one or more roles; their organisation decides what data
 * they see.
 */
public enum Role {

	/** Buys for themselves or for an importing business. */
	BUYER,
	/**
	 * Lists products and lots for a cooperative, SME or farmer group; needs a verified
	 * organisation to sell.
	 */
	SELLER,
	/**
	 * Runs a country hub: verifies sellers, edits the network's reference data, watches
	 * the hub's orders.
	 */
	HUB_OPERATOR,
	/** Works for a customs authority: clears, holds or rejects declarations. */
	CUSTOMS_OFFICER,
	/** Receives, consolidates and tracks parcels for a logistics provider. */
	LOGISTICS_AGENT,
	/** Everything, plus the audit log. */
	ADMIN;

	/** The Spring Security authority name, e.g. {@code ROLE_SELLER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
