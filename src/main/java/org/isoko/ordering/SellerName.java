package org.isoko.ordering;

import org.isoko.identity.OrganisationId;

/** A seller as order lists name it: the organisation and its name when it sold. */
public record SellerName(OrganisationId id, String name) {
}
