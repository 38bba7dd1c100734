package org.isoko.channels.web;

import java.util.UUID;

import org.isoko.channels.sms.SimulatorsEnabled;
import org.isoko.channels.ussd.UssdSessions;
import org.isoko.channels.ussd.UssdSessions.Answer;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A feature phone in the browser: dial the service code with a number, read the screen,
 * type an answer. It keeps the session id and the inputs so far in hidden fields, as the
 * gateway does, and calls the same handler as the gateway's callback. No JavaScript.
 */
@Controller
@Conditional(SimulatorsEnabled.class)
class UssdPhonePage {

	static final String SERVICE_CODE = "*384*4756#";

	static final String DEMO_PHONE = "+250788100200";

	private final UssdSessions sessions;

	UssdPhonePage(UssdSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/ussd")
	String phone(Model model) {
		model.addAttribute("phone", DEMO_PHONE);
		model.addAttribute("serviceCode", SERVICE_CODE);
		return "channels/ussd";
	}

	/**
	 * Dials (no session yet) or sends one input. The phone's inputs so far travel in
	 * {@code text}, joined by '*' like the gateway's field.
	 */
	@PostMapping("/ussd")
	String send(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String sessionId,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String input, Model model) {
		String session = sessionId;
		String inputs;
		if (session.isBlank()) {
			session = "sim-" + UUID.randomUUID();
			inputs = "";
		}
		else {
			inputs = text.isEmpty() ? input.trim() : text + "*" + input.trim();
		}
		Answer answer = sessions.answer(new UssdSessions.Request(session, SERVICE_CODE, phone, "simulator", inputs));
		model.addAttribute("phone", phone);
		model.addAttribute("serviceCode", SERVICE_CODE);
		model.addAttribute("screen", answer.screen());
		model.addAttribute("ended", answer.end());
		if (!answer.end()) {
			model.addAttribute("sessionId", session);
			model.addAttribute("text", inputs);
		}
		return "channels/ussd";
	}

}
