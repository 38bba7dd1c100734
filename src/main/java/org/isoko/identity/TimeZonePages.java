package org.isoko.identity;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's time zone form: the zone pages show times in (empty: the hub's).
 */
@Controller
class TimeZonePages {

	private final TimeZoneChoices choices;

	TimeZonePages(TimeZoneChoices choices) {
		this.choices = choices;
	}

	@PostMapping("/account/time-zone")
	String choose(CurrentUser user, @RequestParam(required = false) @Nullable String zone,
			RedirectAttributes redirect) {
		try {
			choices.choose(user, zone == null || zone.isBlank() ? null : ZoneId.of(zone.trim()));
			redirect.addFlashAttribute("timeZoneSaved", true);
		}
		catch (DateTimeException | InvalidInput e) {
			redirect.addFlashAttribute("timeZoneError", true);
		}
		return "redirect:/account#time-zone-form";
	}

}
