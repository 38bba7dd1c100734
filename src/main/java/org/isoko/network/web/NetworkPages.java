package org.isoko.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.isoko.network.Conversion;
import org.isoko.network.CorridorFilter;
import org.isoko.network.CorridorId;
import org.isoko.network.Country;
import org.isoko.network.FxRates;
import org.isoko.network.Hub;
import org.isoko.network.Network;
import org.isoko.network.NetworkAdministration;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the hub network: the overview, one page per country, hub and
 * corridor, and the converter.
 */
@Controller
class NetworkPages {

	static final int PAGE_SIZE = 10;

	private final Network network;

	private final NetworkAdministration administration;

	private final FxRates fx;

	private final PageModel names;

	NetworkPages(Network network, NetworkAdministration administration, FxRates fx, PageModel names) {
		this.network = network;
		this.administration = administration;
		this.fx = fx;
		this.names = names;
	}

	@GetMapping("/network")
	String overview(@RequestParam(defaultValue = "0") int hubsPage, @RequestParam(defaultValue = "0") int corridorsPage,
			@RequestParam(defaultValue = "0") int countriesPage, @RequestParam(defaultValue = "0") int ratesPage,
			Model model, Locale locale) {
		model.addAttribute("hubs", administration.hubs(null, page(hubsPage)));
		model.addAttribute("corridors", administration.corridors(CorridorFilter.ALL, page(corridorsPage)));
		model.addAttribute("countries", administration.countries(page(countriesPage)));
		model.addAttribute("rates", administration.fxRates(null, null, true, page(ratesPage)));
		model.addAttribute("countryNames", names.countryNames(locale));
		model.addAttribute("hubNames", names.hubNames(locale));
		return "network/overview";
	}

	@GetMapping("/network/countries/{code}")
	String country(@PathVariable String code, Model model, Locale locale) {
		Country country = network.requireCountry(parse(code, "Country", CountryCode::of));
		model.addAttribute("country", country);
		model.addAttribute("hubs", network.hubsIn(country.code()));
		model.addAttribute("history", administration.history("country", country.code().value()));
		return "network/country";
	}

	@GetMapping("/network/hubs/{code}")
	String hub(@PathVariable String code, Model model, Locale locale) {
		Hub hub = network.requireHub(parse(code, "Hub", HubCode::of));
		model.addAttribute("hub", hub);
		model.addAttribute("corridors",
				administration
					.corridors(new CorridorFilter(null, null, null, null, hub.code()),
							new PageRequest(0, PageOf.MAX_SIZE))
					.items());
		model.addAttribute("countryNames", names.countryNames(locale));
		model.addAttribute("hubNames", names.hubNames(locale));
		model.addAttribute("history", administration.history("hub", hub.code().value()));
		return "network/hub";
	}

	@GetMapping("/network/corridors/{id}")
	String corridor(@PathVariable String id, Model model, Locale locale) {
		model.addAttribute("corridor", network.requireCorridor(parse(id, "Corridor", CorridorId::of)));
		model.addAttribute("countryNames", names.countryNames(locale));
		model.addAttribute("hubNames", names.hubNames(locale));
		model.addAttribute("history", administration.history("corridor", id));
		return "network/corridor";
	}

	/**
	 * A plain GET form: amount, from, to; the answer shows the rate, its date and source,
	 * and the rounding.
	 */
	@GetMapping("/network/convert")
	String convert(@RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		model.addAttribute("amount", amount == null ? "" : amount);
		model.addAttribute("from", from == null ? "RWF" : from);
		model.addAttribute("to", to == null ? "CNY" : to);
		if (amount != null && from != null && to != null && !amount.isBlank()) {
			try {
				Money money = Money.of(new BigDecimal(amount.trim().replace(",", "")), CurrencyCode.of(from));
				Conversion conversion = fx.convert(money, CurrencyCode.of(to), LocalDate.now());
				model.addAttribute("conversion", conversion);
			}
			catch (NumberFormatException e) {
				model.addAttribute("error", "'" + amount + "' is not a number");
			}
			catch (IllegalArgumentException | NotFound e) {
				model.addAttribute("error", e.getMessage());
			}
		}
		return "network/convert";
	}

	private static PageRequest page(int page) {
		return new PageRequest(Math.max(0, Math.min(page, 1_000_000)), PAGE_SIZE);
	}

	/** A malformed code in a page address is a page that does not exist. */
	private static <T> T parse(String value, String kind, java.util.function.Function<String, T> parser) {
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of(kind, value);
		}
	}

}
