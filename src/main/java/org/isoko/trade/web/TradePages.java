package org.isoko.trade.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.CurrentUser;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.trade.Fields;
import org.isoko.trade.QuoteRequest;
import org.isoko.trade.TariffLineDetails;
import org.isoko.trade.TariffCoverage;
import org.isoko.trade.Trade;
import org.isoko.trade.TradeAdministration;
import org.isoko.trade.tariff.TariffLine;
import org.isoko.trade.tariff.TariffScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quote page (a plain GET form, so it works without JavaScript), the operators'
 * trade-rules start page and tariff pages.
 */
@Controller
class TradePages {

	static final int PAGE_SIZE = 20;

	private final Trade trade;

	private final TradeAdministration administration;

	private final TariffCoverage coverage;

	TradePages(Trade trade, TradeAdministration administration, TariffCoverage coverage) {
		this.trade = trade;
		this.administration = administration;
		this.coverage = coverage;
	}

	@GetMapping("/trade/quote")
	String quote(@RequestParam(required = false) @Nullable String lotId,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String destination,
			@RequestParam(required = false) @Nullable String regime, CurrentUser user, Model model) {
		Map<String, String> errors = new HashMap<>();
		model.addAttribute("lotId", lotId == null ? "" : lotId);
		model.addAttribute("quantity", quantity == null ? "1" : quantity);
		model.addAttribute("destination",
				destination == null || destination.isBlank() ? user.country().value() : destination);
		model.addAttribute("regime", regime == null ? "" : regime);
		model.addAttribute("regimes", EnumSet.allOf(CustomsRegime.class));
		model.addAttribute("errors", errors);
		if (lotId == null || lotId.isBlank()) {
			return "trade/quote";
		}
		try {
			LotId lot = Fields.parse("lotId", lotId, LotId::of);
			int units = Fields.parse("quantity", quantity, q -> QuotesApi.quantity(new BigDecimal(q), "quantity"));
			CountryCode country = Fields.parse("destination", (String) model.getAttribute("destination"),
					CountryCode::of);
			CustomsRegime chosen = regime == null || regime.isBlank() ? null
					: Fields.parse("regime", regime, r -> Fields.enumValue(CustomsRegime.class, r));
			model.addAttribute("quote",
					trade.quote(new QuoteRequest(country, null, chosen, null,
							new QuoteRequest.Buyer(user.id(), user.organisationId()),
							List.of(new QuoteRequest.Line(lot, units)))));
		}
		catch (InvalidInput e) {
			errors.put(pageField(e.field()), e.getMessage());
		}
		catch (NotFound | IllegalArgumentException e) {
			errors.put("other", e.getMessage());
		}
		return "trade/quote";
	}

	private static String pageField(@Nullable String field) {
		if (field == null) {
			return "other";
		}
		if (field.endsWith("lotId")) {
			return "lotId";
		}
		if (field.endsWith("quantity")) {
			return "quantity";
		}
		return field.equals("destination") || field.equals("regime") ? field : "other";
	}

	// ---- operators: where the trade rules are kept

	/**
	 * The operators' start page for trade rules: what there is, how many rows of each,
	 * and who may change what.
	 */
	@GetMapping("/trade")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String home(CurrentUser user, Model model) {
		model.addAttribute("tariffLines",
				administration.tariffLines(TradeAdministration.TariffFilter.ALL, TradeForms.page(0)).totalItems());
		model.addAttribute("taxRules",
				administration.taxRules(TradeAdministration.TaxFilter.ALL, TradeForms.page(0)).totalItems());
		model.addAttribute("cbecRules", administration.cbecRules(null, TradeForms.page(0)).totalItems());
		model.addAttribute("freightRates",
				administration.freightRates(TradeAdministration.FreightFilter.ALL, TradeForms.page(0)).totalItems());
		model.addAttribute("country", user.country().value());
		model.addAttribute("hub", user.hub().value());
		return "trade/index";
	}

	/** Listed lots whose destination has no tariff line for their HS code. */
	@GetMapping("/trade/missing-lines")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String missingLines(Model model) {
		model.addAttribute("missing", coverage.missingLines());
		return "trade/missing-lines";
	}

	// ---- operators: tariff lines

	@GetMapping("/trade/tariffs")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String tariffs(@RequestParam(required = false) @Nullable String importer,
			@RequestParam(required = false) @Nullable String hsCode, @RequestParam(defaultValue = "0") int page,
			Model model) {
		CountryCode country = null;
		try {
			country = importer == null || importer.isBlank() ? null : CountryCode.of(importer);
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("filterError", e.getMessage());
		}
		model.addAttribute("importer", importer == null ? "" : importer);
		model.addAttribute("hsCode", hsCode == null ? "" : hsCode);
		model.addAttribute("lines",
				administration.tariffLines(new TradeAdministration.TariffFilter(country, hsCode, null),
						new PageRequest(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE)));
		return "trade/tariffs";
	}

	@GetMapping("/trade/tariffs/new")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String newTariff(CurrentUser user, @RequestParam(required = false) @Nullable String importer,
			@RequestParam(required = false) @Nullable String hsCode, Model model) {
		// prefilled from the missing-lines page
		return form(model, null,
				new TariffLineDetails(importer == null || importer.isBlank() ? user.country().value() : importer,
						hsCode == null ? "" : hsCode, "MFN", null, LocalDate.now(), null, "", "", ""),
				Map.of());
	}

	@GetMapping("/trade/tariffs/{id}")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String editTariff(@PathVariable UUID id, Model model) {
		TariffLine line = administration.tariffLine(id);
		model.addAttribute("history", administration.history(TradeAdministration.TARIFF_LINE, id));
		return form(model, line, TariffLineDetails.of(line), Map.of());
	}

	@PostMapping("/trade/tariffs")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String createTariff(TariffForm form, CurrentUser user, Model model) {
		TariffLineDetails details = form.lenient();
		try {
			details = form.details();
			administration.addTariffLine(details, user);
			return "redirect:/trade/tariffs?importer=" + details.importer() + "&saved";
		}
		catch (InvalidInput | Conflict e) {
			return form(model, null, details, TradeForms.errors(e));
		}
	}

	@PostMapping("/trade/tariffs/{id}")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String updateTariff(@PathVariable UUID id, TariffForm form, CurrentUser user, Model model) {
		TariffLine current = administration.tariffLine(id);
		TariffLineDetails details = form.lenient();
		try {
			details = form.details();
			administration.updateTariffLine(id, details, user);
			return "redirect:/trade/tariffs?importer=" + details.importer() + "&saved";
		}
		catch (InvalidInput | Conflict e) {
			return form(model, current, details, TradeForms.errors(e));
		}
	}

	/**
	 * The form as posted: text fields stay text so that a bad number comes back next to
	 * its field.
	 */
	record TariffForm(@Nullable String importer, @Nullable String hsCode, @Nullable String scheme,
			@Nullable String rate, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, @Nullable String legalBasis,
			@Nullable String source, @Nullable String sourceUrl) {

		TariffLineDetails details() {
			BigDecimal percent;
			try {
				percent = rate == null || rate.isBlank() ? null : new BigDecimal(rate.trim());
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("rate", "'" + rate + "' is not a number");
			}
			return new TariffLineDetails(importer, hsCode, scheme, percent, validFrom, validTo, legalBasis, source,
					sourceUrl);
		}

		/** For showing the form again when the rate is not a number. */
		TariffLineDetails lenient() {
			return new TariffLineDetails(importer, hsCode, scheme, null, validFrom, validTo, legalBasis, source,
					sourceUrl);
		}
	}

	private static String form(Model model, @Nullable TariffLine line, TariffLineDetails details,
			Map<String, String> errors) {
		model.addAttribute("line", line);
		model.addAttribute("form", details);
		model.addAttribute("schemes", TariffScheme.values());
		model.addAttribute("errors", errors);
		return "trade/tariff-form";
	}

}
