package org.isoko.catalog;

import java.time.Instant;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.shared.HsCode;

/**
 * A seller corrected a product's HS code, from {@code from} to {@code to}: who did it and
 * when. Orders placed before keep the code they were placed with.
 */
public record ProductReclassified(ProductId product, OrganisationId seller, HsCode from, HsCode to, UserId by,
		Instant at) {
}
