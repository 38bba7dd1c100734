package org.isoko.network.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.network.Conversion;
import org.isoko.network.FxQuote;
import org.isoko.network.FxRate;
import org.isoko.network.FxRates;
import org.isoko.network.NetworkAdministration;
import org.isoko.network.web.ApiRequests.FxRateRequest;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/fx-rates", produces = "application/json")
@Tag(name = "FX rates", description = "Dated, sourced exchange rates and exact conversions")
class FxRatesApi {

	private final FxRates fx;

	private final NetworkAdministration administration;

	FxRatesApi(FxRates fx, NetworkAdministration administration) {
		this.fx = fx;
		this.administration = administration;
	}

	@GetMapping
	@Operation(summary = "Lists stored rates, newest first per pair (public)",
			description = "Filters: ?base=CNY&quote=RWF; ?latest=true keeps only the rate in force today for each pair.")
	PageOf<FxRate> list(@RequestParam(required = false) @Nullable CurrencyCode base,
			@RequestParam(required = false) @Nullable CurrencyCode quote,
			@RequestParam(defaultValue = "false") boolean latest,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return administration.fxRates(base, quote, latest, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Shows one stored rate (public)")
	FxRate show(@PathVariable UUID id) {
		return administration.fxRate(id);
	}

	@GetMapping("/rate")
	@Operation(summary = "The rate from one currency to another on a day (public)",
			description = "The latest rate effective on or before the date (default today): direct, else the inverse of the "
					+ "opposite pair, else a cross via USD; the answer says which.")
	FxQuote rate(@RequestParam CurrencyCode from, @RequestParam CurrencyCode to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return fx.rate(from, to, date == null ? LocalDate.now() : date);
	}

	@GetMapping("/convert")
	@Operation(summary = "Converts an amount exactly (public)",
			description = "?amount=1500&from=RWF&to=CNY&date=2026-11-27. "
					+ "The amount may not have more decimals than its currency; the result is rounded once, half-up, to the "
					+ "target currency's minor unit, and names the rate, its date, its source and the path used.")
	Conversion convert(@RequestParam BigDecimal amount, @RequestParam CurrencyCode from, @RequestParam CurrencyCode to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return fx.convert(Money.of(amount, from), to, date == null ? LocalDate.now() : date);
	}

	@PostMapping(consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Records a rate (hub operators)",
			description = "One base is worth rate quote from effectiveDate. "
					+ "rate > 0, at most 1,000,000,000 and 12 decimals; one rate per pair and day; source required.")
	ResponseEntity<FxRate> create(@Valid @RequestBody FxRateRequest request, CurrentUser user) {
		FxRate rate = administration.addFxRate(request.details(), user);
		return ResponseEntity.created(URI.create("/api/v1/fx-rates/" + rate.id())).body(rate);
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	@Operation(summary = "Corrects a stored rate (hub operators)")
	FxRate update(@PathVariable UUID id, @Valid @RequestBody FxRateRequest request, CurrentUser user) {
		return administration.updateFxRate(id, request.details(), user);
	}

}
