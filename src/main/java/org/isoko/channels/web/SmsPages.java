package org.isoko.channels.web;

import org.isoko.channels.sms.SmsOptOuts;
import org.isoko.channels.sms.SmsReports;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SMS pages: operators see what was sent and what it cost (the /operator paths are
 * for hub operators and admins); every signed-in user turns their SMS notifications off
 * or on.
 */
@Controller
class SmsPages {

	private final SmsReports reports;

	private final SmsOptOuts optOuts;

	SmsPages(SmsReports reports, SmsOptOuts optOuts) {
		this.reports = reports;
		this.optOuts = optOuts;
	}

	@GetMapping("/operator/sms")
	String sent(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("sms", reports.page(PageRequest.of(page, 20)));
		return "channels/operator-sms";
	}

	@GetMapping("/account/sms")
	String settings(CurrentUser user, Model model) {
		model.addAttribute("optedOut", optOuts.optedOut(user.id()));
		return "channels/sms-settings";
	}

	@PostMapping("/account/sms")
	String choose(CurrentUser user, @RequestParam boolean notifications) {
		optOuts.choose(user.id(), notifications);
		return "redirect:/account/sms";
	}

}
