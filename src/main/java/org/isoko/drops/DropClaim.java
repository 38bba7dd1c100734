package org.isoko.drops;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.ordering.Order;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One buyer's request for units of a drop, prepared (checked, priced, the order built)
 * before it reaches the reservation hot path, so that the transaction there only writes.
 *
 * @param arrival a sequence number: when a batch cannot be served whole, earlier requests
 * are served first
 * @param crossBorderQuota what the order counts against the buyer's China cross-border
 * retail annual limit (its customs value), or null when no such limit applies
 * @param identity the orderer's identity to keep with the order, or null when the order
 * is not under cross-border retail or none was given
 */
record DropClaim(DropId drop, Order order, UserId user, OrganisationId buyerOrganisation, int quantity, int cap,
		String key, String requestHash, long arrival, @Nullable Money crossBorderQuota, @Nullable Identity identity) {

	/**
	 * The orderer's identity of a cross-border retail order, checked before the claim and
	 * kept with the order in the reservation transaction.
	 */
	record Identity(org.isoko.ordering.Orderer orderer, boolean required) {
	}

}
