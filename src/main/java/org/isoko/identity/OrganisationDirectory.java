package org.isoko.identity;

import java.util.Optional;

/**
 * Read access to organisations for other modules (a seller's name and hub on a lot page,
 * a payout's wallet).
 */
public interface OrganisationDirectory {

	Optional<OrganisationSummary> find(OrganisationId id);

}
