package org.isoko.catalog;

import org.isoko.identity.OrganisationId;

/**
 * A lot in a list for other modules: enough to recognise and choose it (a hub operator's
 * drop form).
 */
public record LotSummary(LotId id, String reference, OrganisationId seller, int available) {
}
