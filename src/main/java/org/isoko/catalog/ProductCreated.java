package org.isoko.catalog;

import org.isoko.identity.OrganisationId;
import org.isoko.shared.HsCode;

/** A seller created a product. */
public record ProductCreated(ProductId product, OrganisationId seller, Category category, HsCode hsCode) {
}
