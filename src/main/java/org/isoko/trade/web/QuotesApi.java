package org.isoko.trade.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CorridorId;
import org.isoko.network.CustomsRegime;
import org.isoko.network.TransportMode;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.CrossBorderQuota;
import org.isoko.trade.CrossBorderSplit;
import org.isoko.trade.Quote;
import org.isoko.trade.QuoteRequest;
import org.isoko.trade.Trade;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Quotes",
		description = "Landed-cost quotes: goods, freight, insurance, customs value, duty, taxes, fees and FX, per line and in total")
class QuotesApi {

	private final Trade trade;

	private final CrossBorderQuota quota;

	QuotesApi(Trade trade, CrossBorderQuota quota) {
		this.trade = trade;
		this.quota = quota;
	}

	record QuoteBody(@Nullable CountryCode destination, @Nullable CorridorId corridorId, @Nullable CustomsRegime regime,
			@Nullable TransportMode mode,
			@NotNull @Size(min = 1, max = QuoteRequest.MAX_LINES) List<@Valid @NotNull LineBody> lines) {
	}

	/**
	 * The quantity arrives as a number so that 1.5 is refused by name instead of being
	 * cut to 1.
	 */
	record LineBody(@NotNull LotId lotId, @NotNull BigDecimal quantity) {
	}

	@PostMapping(path = "/api/v1/quotes", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Quotes the landed cost of lots of one seller to a destination (signed-in users)",
			description = "Body: destination (country) or corridorId; regime optional (default: cross-border retail for consumers on a "
					+ "corridor that allows it, else the lowest landed cost of the EAC, AfCFTA and general trade regimes the "
					+ "corridor allows and the countries belong to, with a REGIME_CHOSEN notice comparing them; it must be one "
					+ "the corridor allows); mode optional; lines [{lotId, quantity}] (whole numbers ≥ 1). Every amount is in the "
					+ "destination's currency, rounded once per line, half-up; the quote states the rule, the FX rates with their "
					+ "dates and sources, every duty and tax rate with its legal basis, source and validity, and which certificate of "
					+ "origin would lower the duty.")
	Quote quote(@Valid @RequestBody QuoteBody body, CurrentUser user) {
		return trade.quote(request(body, user));
	}

	@PostMapping(path = "/api/v1/quotes/split", consumes = "application/json", produces = "application/json")
	@Operation(
			summary = "Proposes how to split a consumer's cross-border retail order into orders within the per-order limit",
			description = "Body as for /api/v1/quotes. A consumer in China cannot place several items worth more than the "
					+ "per-order limit (RMB 5,000) as one cross-border retail order; this proposes orders each within it "
					+ "(each with its own freight), with each one's customs value and landed total. Each order still counts "
					+ "against the annual limit. 400 naming regime when the order is not a cross-border retail import.")
	CrossBorderSplit split(@Valid @RequestBody QuoteBody body, CurrentUser user) {
		return trade.splitForCrossBorderRetail(request(body, user));
	}

	private static QuoteRequest request(QuoteBody body, CurrentUser user) {
		List<QuoteRequest.Line> lines = new ArrayList<>();
		for (int i = 0; i < body.lines().size(); i++) {
			lines.add(new QuoteRequest.Line(body.lines().get(i).lotId(),
					quantity(body.lines().get(i).quantity(), "lines[" + i + "].quantity")));
		}
		return new QuoteRequest(body.destination(), body.corridorId(), body.regime(), body.mode(),
				new QuoteRequest.Buyer(user.id(), user.organisationId()), lines);
	}

	record QuotaBody(Money annualLimitRemaining) {
	}

	@GetMapping(path = "/api/v1/cbec-quota", produces = "application/json")
	@Operation(summary = "What the signed-in buyer may still buy this year under China's cross-border retail import")
	QuotaBody remaining(CurrentUser user) {
		return new QuotaBody(quota.remaining(user.id()));
	}

	static int quantity(BigDecimal quantity, String field) {
		BigDecimal whole = quantity.stripTrailingZeros();
		if (whole.scale() > 0) {
			throw new InvalidInput(field, "quantity must be a whole number of units, got " + quantity.toPlainString());
		}
		if (whole.compareTo(BigDecimal.ONE) < 0 || whole.compareTo(BigDecimal.valueOf(QuoteRequest.MAX_QUANTITY)) > 0) {
			throw new InvalidInput(field,
					"quantity must be from 1 to " + QuoteRequest.MAX_QUANTITY + ", got " + quantity.toPlainString());
		}
		return whole.intValueExact();
	}

}
