package org.isoko.trade;

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

}
