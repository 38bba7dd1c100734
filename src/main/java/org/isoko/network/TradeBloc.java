package org.isoko.network;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A trade bloc (customs union, free trade area) countries belong to, e.g. the EAC or the
 * AfCFTA.
 */
public record TradeBloc(BlocCode code, String name, LocalDate validFrom, @Nullable LocalDate validTo, String source,
		@Nullable String sourceUrl) implements Sourced {
}
