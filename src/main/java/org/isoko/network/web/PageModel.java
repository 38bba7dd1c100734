package org.isoko.network.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.isoko.network.Country;
import org.isoko.network.Hub;
import org.isoko.network.Network;
import org.springframework.stereotype.Component;

/**
 * Names the pages show next to codes, in the visitor's language: countries and hubs.
 */
@Component
class PageModel {

	private final Network network;

	PageModel(Network network) {
		this.network = network;
	}

	Map<String, String> countryNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Country country : network.countries()) {
			names.put(country.code().value(), country.name(locale));
		}
		return names;
	}

	Map<String, String> hubNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Hub hub : network.hubs()) {
			names.put(hub.code().value(), hub.name(locale));
		}
		return names;
	}

}
