package org.isoko.catalog;

import org.isoko.identity.OrganisationId;
import org.isoko.network.CorridorId;

/** A lot became orderable on a corridor (newly listed, or resumed). */
public record LotListed(LotId lot, CorridorId corridor, OrganisationId seller) {
}
