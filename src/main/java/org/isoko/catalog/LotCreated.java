package org.isoko.catalog;

import org.isoko.identity.OrganisationId;

/** A seller created a lot of one of their products. */
public record LotCreated(LotId lot, ProductId product, OrganisationId seller) {
}
