package org.isoko.trade;

import java.util.List;

import org.isoko.catalog.LotId;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * What to quote: lines of one seller, to a destination country or on a corridor,
 * optionally under a regime and transport mode, for a buyer (when known: the default
 * regime follows the buyer's kind, and a China consumer's quote checks their cross-border
 * retail purchases this year).
 */
public record QuoteRequest(@Nullable CountryCode destination, @Nullable CorridorId corridor,
		@Nullable CustomsRegime regime, @Nullable TransportMode mode, @Nullable Buyer buyer, List<Line> lines) {

	/** At most this many lines in one quote. */
	public static final int MAX_LINES = 50;

	/** At most this many units on one line. */
	public static final int MAX_QUANTITY = 1_000_000;

	public QuoteRequest {
		lines = List.copyOf(lines);
	}

	public record Line(LotId lot, int quantity) {
	}

	/**
	 * The person buying (the cross-border quota is per person) and the organisation they
	 * buy for. Without a person the organisation's kind still chooses the default regime,
	 * but no one's purchases this year are looked up: the quote is the same for every
	 * buyer of that kind and shows the per-order limit only (the annual limit is then
	 * counted when the order is written, see
	 * {@link org.isoko.trade.CrossBorderQuota#consumeAll}).
	 */
	public record Buyer(@Nullable UserId person, OrganisationId organisation) {
	}

	public static QuoteRequest to(CountryCode destination, List<Line> lines) {
		return new QuoteRequest(destination, null, null, null, null, lines);
	}
}
