package org.isoko.identity;

/** A hub operator refused a seller organisation, for the given reason. */
public record SellerRejected(OrganisationId organisationId, UserId rejectedBy, String reason) {
}
