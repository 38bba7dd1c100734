package org.isoko.trade.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.network.TransportMode;
import org.isoko.shared.Conflict;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.trade.Fields;
import org.isoko.trade.TradeAdministration;
import org.isoko.trade.tariff.FreightRate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operators' pages for freight and insurance rates per corridor and transport mode.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
class FreightRatePages {

	private final TradeAdministration administration;

	private final Clock clock;

	FreightRatePages(TradeAdministration administration, Clock clock) {
		this.administration = administration;
		this.clock = clock;
	}

	@GetMapping("/trade/freight-rates")
	String list(@RequestParam(required = false) @Nullable String hub,
			@RequestParam(required = false) @Nullable String mode, @RequestParam(defaultValue = "0") int page,
			Model model) {
		HubCode hubCode = null;
		TransportMode transport = null;
		try {
			hubCode = hub == null || hub.isBlank() ? null : Fields.parse("hub", hub, HubCode::of);
			transport = mode == null || mode.isBlank() ? null
					: Fields.parse("mode", mode, m -> Fields.enumValue(TransportMode.class, m));
		}
		catch (InvalidInput e) {
			model.addAttribute("filterError", e.getMessage());
		}
		model.addAttribute("hub", hub == null ? "" : hub);
		model.addAttribute("mode", mode == null ? "" : mode);
		model.addAttribute("modes", TransportMode.values());
		model.addAttribute("rates", administration
			.freightRates(new TradeAdministration.FreightFilter(hubCode, transport), TradeForms.page(page)));
		return "trade/freight-rates";
	}

	@GetMapping("/trade/freight-rates/new")
	String create(CurrentUser user, Model model) {
		return form(model, null, FreightRateForm.blank(user.hub().value(), LocalDate.now(clock).toString()), Map.of());
	}

	@GetMapping("/trade/freight-rates/{id}")
	String edit(@PathVariable UUID id, Model model) {
		FreightRate rate = administration.freightRate(id);
		return form(model, rate, FreightRateForm.of(rate), Map.of());
	}

	@PostMapping("/trade/freight-rates")
	String add(FreightRateForm form, CurrentUser user, Model model) {
		try {
			FreightRate rate = administration.addFreightRate(form.details(), user);
			return "redirect:/trade/freight-rates?hub=" + rate.origin() + "&saved";
		}
		catch (InvalidInput | Conflict e) {
			return form(model, null, form, TradeForms.errors(e));
		}
	}

	@PostMapping("/trade/freight-rates/{id}")
	String update(@PathVariable UUID id, FreightRateForm form, CurrentUser user, Model model) {
		FreightRate current = administration.freightRate(id);
		try {
			FreightRate rate = administration.updateFreightRate(id, form.details(), user);
			return "redirect:/trade/freight-rates?hub=" + rate.origin() + "&saved";
		}
		catch (InvalidInput | Conflict e) {
			return form(model, current, form, TradeForms.errors(e));
		}
	}

	private String form(Model model, @Nullable FreightRate rate, FreightRateForm form, Map<String, String> errors) {
		model.addAttribute("rate", rate);
		model.addAttribute("form", form);
		model.addAttribute("modes", TransportMode.values());
		model.addAttribute("errors", errors);
		model.addAttribute("history",
				rate == null ? null : administration.history(TradeAdministration.FREIGHT_RATE, rate.id()));
		return "trade/freight-rate-form";
	}

}
