package org.isoko.trade;

import java.util.Map;

import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotId;

/** Landed-cost quotes, for the storefront, cart and checkout. */
public interface Trade {

	/**
	 * Prices the lines delivered to the destination hub, today, under the requested
	 * regime (or the default for the buyer and corridor), from the in-memory reference
	 * data.
	 * @throws org.isoko.shared.InvalidInput naming the field ("lines[2].lotId", "regime",
	 * ...) when the request cannot be quoted: unknown lots, lots of different sellers or
	 * corridors, a regime the corridor does not allow, an HS code without a tariff line
	 */
	Quote quote(QuoteRequest request);

	/**
	 * As {@link #quote(QuoteRequest)}, with lots the caller has read already (checkout
	 * read its lines' lots to check them): those are not read again; the others are.
	 */
	Quote quote(QuoteRequest request, Map<LotId, LotDetails> lotsRead);

	/**
	 * Proposes how a consumer's cross-border retail order above the per-order limit can
	 * be split into orders within it (each order's customs value, with its own freight,
	 * at most the limit; a single unit worth more is an order of its own, taxed in full).
	 * An order within the limit comes back as one order.
	 * @throws org.isoko.shared.InvalidInput as {@link #quote}, and naming "regime" when
	 * the order is not a cross-border retail import, or "lines" when it would take more
	 * than {@link CrossBorderSplit#MAX_ORDERS} orders
	 */
	CrossBorderSplit splitForCrossBorderRetail(QuoteRequest request);

}
