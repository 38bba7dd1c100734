package org.isoko.identity;

import org.isoko.shared.HubCode;

/**
 * An organisation registered itself (a seller then waits for verification by
 * {@code hub}).
 */
public record OrganisationRegistered(OrganisationId organisationId, OrganisationKind kind, HubCode hub) {
}
