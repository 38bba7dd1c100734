package org.isoko.network.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.network.BlocCode;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorDetails;
import org.isoko.network.CorridorId;
import org.isoko.network.Country;
import org.isoko.network.CountryDetails;
import org.isoko.network.CustomsRegime;
import org.isoko.network.FxRate;
import org.isoko.network.FxRateDetails;
import org.isoko.network.Hub;
import org.isoko.network.HubDetails;
import org.isoko.network.Network;
import org.isoko.network.NetworkAdministration;
import org.isoko.network.TradeBloc;
import org.isoko.network.TransportMode;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hub operators' forms for countries, hubs, corridors and FX rates. A form with a problem comes back with the
 * message next to the field and nothing saved; a saved form redirects to the overview with a confirmation.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
class NetworkForms {

	private static final String FORM = "form";

	private final Network network;
	private final NetworkAdministration administration;
	private final PageModel names;

	NetworkForms(Network network, NetworkAdministration administration, PageModel names) {
		this.network = network;
		this.administration = administration;
		this.names = names;
	}

	// ---- countries

	@GetMapping("/network/countries/new")
	String newCountry(Model model) {
		return countryForm(model, new CountryForm(), true);
	}

	@PostMapping("/network/countries")
	String addCountry(@ModelAttribute(FORM) CountryForm form, BindingResult errors, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CountryCode code = form.code(errors);
		CountryDetails details = form.details(errors);
		if (code == null || details == null) {
			return countryForm(model, form, true);
		}
		try {
			Country country = administration.addCountry(code, details, user);
			return saved(redirect, "network.saved.country", country.code().value(), "/network/countries/" + country.code());
		}
		catch (InvalidInput e) {
			Forms.reject(e, errors);
		}
		catch (Conflict e) {
			errors.rejectValue("code", "network.error.duplicate.country", String.valueOf(e.getMessage()));
		}
		return countryForm(model, form, true);
	}

	@GetMapping("/network/countries/{code}/edit")
	String editCountry(@PathVariable String code, Model model) {
		return countryForm(model, CountryForm.of(network.requireCountry(countryCode(code))), false);
	}

	@PostMapping("/network/countries/{code}")
	String updateCountry(@PathVariable String code, @ModelAttribute(FORM) CountryForm form, BindingResult errors, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		CountryCode country = countryCode(code);
		form.setCode(country.value());
		CountryDetails details = form.details(errors);
		if (details == null) {
			return countryForm(model, form, false);
		}
		try {
			administration.updateCountry(country, details, user);
			return saved(redirect, "network.saved.country", country.value(), "/network/countries/" + country);
		}
		catch (InvalidInput e) {
			Forms.reject(e, errors);
		}
		return countryForm(model, form, false);
	}

	private String countryForm(Model model, CountryForm form, boolean creating) {
		model.addAttribute(FORM, form);
		model.addAttribute("creating", creating);
		model.addAttribute("blocs", network.blocs().stream().map(TradeBloc::code).map(BlocCode::value).toList());
		return "network/country-form";
	}

	// ---- hubs

	@GetMapping("/network/hubs/new")
	String newHub(Model model, Locale locale) {
		return hubForm(model, new HubForm(), true, locale);
	}

	@PostMapping("/network/hubs")
	String addHub(@ModelAttribute(FORM) HubForm form, BindingResult errors, CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		HubCode code = form.code(errors);
		HubDetails details = form.details(errors);
		if (code == null || details == null) {
			return hubForm(model, form, true, locale);
		}
		try {
			Hub hub = administration.addHub(code, details, user);
			return saved(redirect, "network.saved.hub", hub.code().value(), "/network/hubs/" + hub.code());
		}
		catch (InvalidInput e) {
			Forms.reject(e, errors);
		}
		catch (Conflict e) {
			errors.rejectValue("code", "network.error.duplicate.hub", String.valueOf(e.getMessage()));
		}
		return hubForm(model, form, true, locale);
	}

	@GetMapping("/network/hubs/{code}/edit")
	String editHub(@PathVariable String code, Model model, Locale locale) {
		return hubForm(model, HubForm.of(network.requireHub(hubCode(code))), false, locale);
	}

	@PostMapping("/network/hubs/{code}")
	String updateHub(@PathVariable String code, @ModelAttribute(FORM) HubForm form, BindingResult errors, CurrentUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		HubCode hub = hubCode(code);
		form.setCode(hub.value());
		HubDetails details = form.details(errors);
		if (details == null) {
			return hubForm(model, form, false, locale);
		}
		try {
			administration.updateHub(hub, details, user);
			return saved(redirect, "network.saved.hub", hub.value(), "/network/hubs/" + hub);
		}
		catch (InvalidInput e) {
			Forms.reject(e, errors);
		}
		return hubForm(model, form, false, locale);
	}

	private String hubForm(Model model, HubForm form, boolean creating, Locale locale) {
		model.addAttribute(FORM, form);
		model.addAttribute("creating", creating);
		model.addAttribute("countryNames", names.countryNames(locale));
		return "network/hub-form";
	}

	// ---- corridors

	@GetMapping("/network/corridors/new")
	String newCorridor(Model model, CurrentUser user) {
		CorridorForm form = new CorridorForm();
		form.setOrigin(user.hub().value());
		return corridorForm(model, form, null);
	}

	@PostMapping("/network/corridors")
	String addCorridor(@ModelAttribute(FORM) CorridorForm form, BindingResult errors, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		CorridorDetails details = form.details(errors);
		if (details == null) {
			return corridorForm(model, form, null);
		}
		try {
			Corridor corridor = administration.addCorridor(details, user);
			return saved(redirect, "network.saved.corridor", corridor.origin() + " → " + corridor.destination(),
					"/network/corridors/" + corridor.id());
		}
		catch (InvalidInput e) {
			Forms.reject(e, errors);
		}
		catch (Conflict e) {
			errors.rejectValue("destination", "network.error.duplicate.corridor", String.valueOf(e.getMessage()));
		}
		return corridorForm(model, form, null);
	}

	@GetMapping("/network/corridors/{id}/edit")
	String editCorridor(@PathVariable String id, Model model) {
		CorridorId corridorId = corridorId(id);
		return corridorForm(model, CorridorForm.of(network.requireCorridor(corridorId)), corridorId);
	}

	@PostMapping("/network/corridors/{id}")
	String updateCorridor(@PathVariable String id, @ModelAttribute(FORM) CorridorForm form, BindingResult errors, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		CorridorId corridorId = corridorId(id);
		CorridorDetails details = form.details(errors);
		if (details == null) {
			return corridorForm(model, form, corridorId);
		}
		try {
			Corridor corridor = administration.updateCorridor(corridorId, details, user);
			return saved(redirect, "network.saved.corridor", corridor.origin() + " → " + corridor.destination(),
					"/network/corridors/" + corridor.id());
		}
		catch (InvalidInput e) {
			Forms.reject(e, errors);
		}
		catch (Conflict e) {
			errors.rejectValue("destination", "network.error.duplicate.corridor", String.valueOf(e.getMessage()));
		}
		return corridorForm(model, form, corridorId);
	}

	private String corridorForm(Model model, CorridorForm form, @Nullable CorridorId id) {
		model.addAttribute(FORM, form);
		model.addAttribute("corridorId", id);
		model.addAttribute("hubNames", names.hubNames());
		model.addAttribute("allModes", Arrays.asList(TransportMode.values()));
		model.addAttribute("allRegimes", Arrays.asList(CustomsRegime.values()));
		return "network/corridor-form";
	}

	// ---- FX rates

	@GetMapping("/network/fx-rates/new")
	String newRate(Model model) {
		return rateForm(model, new FxRateForm(), null);
	}

	@PostMapping("/network/fx-rates")
	String addRate(@ModelAttribute(FORM) FxRateForm form, BindingResult errors, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		FxRateDetails details = form.details(errors);
		if (details == null) {
			return rateForm(model, form, null);
		}
		try {
			FxRate rate = administration.addFxRate(details, user);
			return saved(redirect, "network.saved.rate", rate.base() + "/" + rate.quote(), "/network#rates");
		}
		catch (Conflict e) {
			errors.rejectValue("effectiveDate", "network.error.duplicate.rate", String.valueOf(e.getMessage()));
		}
		return rateForm(model, form, null);
	}

	@GetMapping("/network/fx-rates/{id}/edit")
	String editRate(@PathVariable String id, Model model) {
		UUID rateId = rateId(id);
		return rateForm(model, FxRateForm.of(administration.fxRate(rateId)), rateId);
	}

	@PostMapping("/network/fx-rates/{id}")
	String updateRate(@PathVariable String id, @ModelAttribute(FORM) FxRateForm form, BindingResult errors, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		UUID rateId = rateId(id);
		FxRateDetails details = form.details(errors);
		if (details == null) {
			return rateForm(model, form, rateId);
		}
		try {
			FxRate rate = administration.updateFxRate(rateId, details, user);
			return saved(redirect, "network.saved.rate", rate.base() + "/" + rate.quote(), "/network#rates");
		}
		catch (Conflict e) {
			errors.rejectValue("effectiveDate", "network.error.duplicate.rate", String.valueOf(e.getMessage()));
		}
		return rateForm(model, form, rateId);
	}

	private String rateForm(Model model, FxRateForm form, @Nullable UUID id) {
		model.addAttribute(FORM, form);
		model.addAttribute("rateId", id);
		return "network/fx-rate-form";
	}

	// ---- helpers

	private static String saved(RedirectAttributes redirect, String messageKey, String what, String target) {
		redirect.addFlashAttribute("savedMessage", messageKey);
		redirect.addFlashAttribute("savedWhat", what);
		return "redirect:" + target;
	}

	private static CountryCode countryCode(String code) {
		try {
			return CountryCode.of(code);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Country", code);
		}
	}

	private static HubCode hubCode(String code) {
		try {
			return HubCode.of(code);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Hub", code);
		}
	}

	private static CorridorId corridorId(String id) {
		try {
			return CorridorId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Corridor", id);
		}
	}

	private static UUID rateId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("FX rate", id);
		}
	}
}
