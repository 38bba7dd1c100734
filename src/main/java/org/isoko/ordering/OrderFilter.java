package org.isoko.ordering;

import java.time.LocalDate;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * Which orders a list shows. The scope fields ({@code buyer}, {@code sellerScope},
 * {@code hub}) come from who is asking, never from the request; the others are the user's
 * filters. {@code from}/{@code to} are placement days (UTC), both inclusive.
 */
public record OrderFilter(@Nullable UserId buyer, @Nullable OrganisationId sellerScope, @Nullable HubCode hub,
		@Nullable OrderStatus status, @Nullable OrganisationId seller, @Nullable CorridorId corridor,
		@Nullable LocalDate from, @Nullable LocalDate to) {
}
