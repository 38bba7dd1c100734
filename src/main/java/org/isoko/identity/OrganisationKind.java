package org.isoko.identity;

import java.util.Set;

/**
 * What kind of organisation a user acts for; it decides who may self-register and who
 * needs verification.
 */
public enum OrganisationKind {

	COOPERATIVE, SME, FARMER_GROUP, IMPORTER, CONSUMER, HUB_OPERATOR, CUSTOMS_AUTHORITY, LOGISTICS_PROVIDER, PLATFORM;

	/**
	 * Kinds that sell: they start unverified and are verified by their hub before they
	 * can sell.
	 */
	public static final Set<OrganisationKind> SELLING = Set.of(COOPERATIVE, SME, FARMER_GROUP);

	/** Kinds anyone may register themselves; the others are created by the hub. */
	public static final Set<OrganisationKind> SELF_REGISTERED = Set.of(COOPERATIVE, SME, FARMER_GROUP, IMPORTER,
			CONSUMER);

	public boolean sells() {
		return SELLING.contains(this);
	}

}
