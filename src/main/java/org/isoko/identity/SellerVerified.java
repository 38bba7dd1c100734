package org.isoko.identity;

/** A hub operator verified a seller organisation: it may sell from now on. */
public record SellerVerified(OrganisationId organisationId, UserId verifiedBy) {
}
