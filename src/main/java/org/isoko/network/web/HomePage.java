package org.isoko.network.web;

import java.util.Locale;

import org.isoko.network.Network;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page: what Isoko is, its hubs and its corridors, all read from the
 * data.
 */
@Controller
class HomePage {

	private final Network network;

	private final PageModel names;

	HomePage(Network network, PageModel names) {
		this.network = network;
		this.names = names;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		model.addAttribute("hubs", network.hubs());
		model.addAttribute("corridors", network.corridors());
		model.addAttribute("countryNames", names.countryNames(locale));
		model.addAttribute("hubNames", names.hubNames(locale));
		return "home";
	}

}
