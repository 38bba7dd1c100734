package org.isoko.network;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Narrows a corridor list: by origin or destination hub, by origin or destination
 * country, or by a hub at either end.
 */
public record CorridorFilter(@Nullable HubCode origin, @Nullable HubCode destination,
		@Nullable CountryCode originCountry, @Nullable CountryCode destinationCountry, @Nullable HubCode hub) {

	public static final CorridorFilter ALL = new CorridorFilter(null, null, null, null, null);

	StatementSpec bind(StatementSpec statement) {
		return statement.param("origin", origin == null ? null : origin.value())
			.param("destination", destination == null ? null : destination.value())
			.param("originCountry", originCountry == null ? null : originCountry.value())
			.param("destinationCountry", destinationCountry == null ? null : destinationCountry.value())
			.param("hub", hub == null ? null : hub.value());
	}
}
