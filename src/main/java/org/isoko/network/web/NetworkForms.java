package org.isoko.network.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

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
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The hub operators' forms for countries, hubs, corridors and FX rates. A form with a
 * problem comes back with the message next to the field and nothing saved; a saved form
 * redirects to the overview with a confirmation.
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
class NetworkForms {

	private static final String FORM = "form";

	private static final Duplicate DUPLICATE_COUNTRY = new Duplicate("code", "network.error.duplicate.country");

	private static final Duplicate DUPLICATE_HUB = new Duplicate("code", "network.error.duplicate.hub");

	private static final Duplicate DUPLICATE_CORRIDOR = new Duplicate("destination",
			"network.error.duplicate.corridor");

	private static final Duplicate DUPLICATE_RATE = new Duplicate("effectiveDate", "network.error.duplicate.rate");

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
		return submit(code != null && details != null, errors, DUPLICATE_COUNTRY, () -> countryForm(model, form, true),
				() -> {
					Country country = administration.addCountry(code, details, user);
					return saved(redirect, "network.saved.country", country.code().value(),
							"/network/countries/" + country.code());
				});
	}

	@GetMapping("/network/countries/{code}/edit")
	String editCountry(@PathVariable String code, Model model) {
		return countryForm(model, CountryForm.of(network.requireCountry(countryCode(code))), false);
	}

	@PostMapping("/network/countries/{code}")
	String updateCountry(@PathVariable String code, @ModelAttribute(FORM) CountryForm form, BindingResult errors,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		CountryCode country = countryCode(code);
		form.setCode(country.value());
		CountryDetails details = form.details(errors);
		return submit(details != null, errors, null, () -> countryForm(model, form, false), () -> {
			administration.updateCountry(country, details, user);
			return saved(redirect, "network.saved.country", country.value(), "/network/countries/" + country);
		});
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
	String addHub(@ModelAttribute(FORM) HubForm form, BindingResult errors, CurrentUser user, Model model,
			Locale locale, RedirectAttributes redirect) {
		HubCode code = form.code(errors);
		HubDetails details = form.details(errors);
		return submit(code != null && details != null, errors, DUPLICATE_HUB, () -> hubForm(model, form, true, locale),
				() -> {
					Hub hub = administration.addHub(code, details, user);
					return saved(redirect, "network.saved.hub", hub.code().value(), "/network/hubs/" + hub.code());
				});
	}

	@GetMapping("/network/hubs/{code}/edit")
	String editHub(@PathVariable String code, Model model, Locale locale) {
		return hubForm(model, HubForm.of(network.requireHub(hubCode(code))), false, locale);
	}

	@PostMapping("/network/hubs/{code}")
	String updateHub(@PathVariable String code, @ModelAttribute(FORM) HubForm form, BindingResult errors,
			CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		HubCode hub = hubCode(code);
		form.setCode(hub.value());
		HubDetails details = form.details(errors);
		return submit(details != null, errors, null, () -> hubForm(model, form, false, locale), () -> {
			administration.updateHub(hub, details, user);
			return saved(redirect, "network.saved.hub", hub.value(), "/network/hubs/" + hub);
		});
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
		return submit(details != null, errors, DUPLICATE_CORRIDOR, () -> corridorForm(model, form, null),
				() -> savedCorridor(redirect, administration.addCorridor(details, user)));
	}

	@GetMapping("/network/corridors/{id}/edit")
	String editCorridor(@PathVariable String id, Model model) {
		CorridorId corridorId = corridorId(id);
		return corridorForm(model, CorridorForm.of(network.requireCorridor(corridorId)), corridorId);
	}

	@PostMapping("/network/corridors/{id}")
	String updateCorridor(@PathVariable String id, @ModelAttribute(FORM) CorridorForm form, BindingResult errors,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		CorridorId corridorId = corridorId(id);
		CorridorDetails details = form.details(errors);
		return submit(details != null, errors, DUPLICATE_CORRIDOR, () -> corridorForm(model, form, corridorId),
				() -> savedCorridor(redirect, administration.updateCorridor(corridorId, details, user)));
	}

	private String corridorForm(Model model, CorridorForm form, @Nullable CorridorId id) {
		model.addAttribute(FORM, form);
		model.addAttribute("corridorId", id);
		model.addAttribute("hubNames", names.hubNames(LocaleContextHolder.getLocale()));
		model.addAttribute("allModes", Arrays.asList(TransportMode.values()));
		model.addAttribute("allRegimes", Arrays.asList(CustomsRegime.values()));
		return "network/corridor-form";
	}

	private static String savedCorridor(RedirectAttributes redirect, Corridor corridor) {
		return saved(redirect, "network.saved.corridor", corridor.origin() + " → " + corridor.destination(),
				"/network/corridors/" + corridor.id());
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
		return submit(details != null, errors, DUPLICATE_RATE, () -> rateForm(model, form, null),
				() -> savedRate(redirect, administration.addFxRate(details, user)));
	}

	@GetMapping("/network/fx-rates/{id}/edit")
	String editRate(@PathVariable String id, Model model) {
		UUID rateId = rateId(id);
		return rateForm(model, FxRateForm.of(administration.fxRate(rateId)), rateId);
	}

	@PostMapping("/network/fx-rates/{id}")
	String updateRate(@PathVariable String id, @ModelAttribute(FORM) FxRateForm form, BindingResult errors,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		UUID rateId = rateId(id);
		FxRateDetails details = form.details(errors);
		return submit(details != null, errors, DUPLICATE_RATE, () -> rateForm(model, form, rateId),
				() -> savedRate(redirect, administration.updateFxRate(rateId, details, user)));
	}

	private String rateForm(Model model, FxRateForm form, @Nullable UUID id) {
		model.addAttribute(FORM, form);
		model.addAttribute("rateId", id);
		return "network/fx-rate-form";
	}

	private static String savedRate(RedirectAttributes redirect, FxRate rate) {
		return saved(redirect, "network.saved.rate", rate.base() + "/" + rate.quote(), "/network#rates");
	}

	// ---- helpers

	/**
	 * The end of every form post: saves when all fields parsed, else shows the form again
	 * with the messages next to the fields. A refusal of the save also comes back next to
	 * its field: an invalid value next to the field it names, a duplicate (409) next to
	 * the field of {@code duplicate}; without one, a conflict is not the form's to show
	 * and propagates. Nothing is saved when the form comes back.
	 */
	private static String submit(boolean parsed, BindingResult errors, @Nullable Duplicate duplicate,
			Supplier<String> showForm, Supplier<String> save) {
		if (parsed) {
			try {
				return save.get();
			}
			catch (InvalidInput e) {
				Forms.reject(e, errors);
			}
			catch (Conflict e) {
				if (duplicate == null) {
					throw e;
				}
				errors.rejectValue(duplicate.field(), duplicate.messageKey(), String.valueOf(e.getMessage()));
			}
		}
		return showForm.get();
	}

	/**
	 * Where a form shows that its row already exists: next to this field, with this
	 * message.
	 */
	private record Duplicate(String field, String messageKey) {
	}

	private static String saved(RedirectAttributes redirect, String messageKey, String what, String target) {
		redirect.addFlashAttribute("savedMessage", messageKey);
		redirect.addFlashAttribute("savedWhat", what);
		return "redirect:" + target;
	}

	private static CountryCode countryCode(String code) {
		return fromPath(code, CountryCode::of, "Country");
	}

	private static HubCode hubCode(String code) {
		return fromPath(code, HubCode::of, "Hub");
	}

	private static CorridorId corridorId(String id) {
		return fromPath(id, CorridorId::of, "Corridor");
	}

	private static UUID rateId(String id) {
		return fromPath(id, UUID::fromString, "FX rate");
	}

	/**
	 * A code or id from the path; one that is not even well-formed names nothing, so it
	 * is not found (404).
	 */
	private static <T> T fromPath(String text, Function<String, T> parse, String kind) {
		try {
			return parse.apply(text);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of(kind, text);
		}
	}

}
