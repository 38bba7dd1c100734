package org.isoko.channels.web;

import org.isoko.channels.sms.SmsOptOuts;
import org.isoko.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.NotNull;

/** The caller's SMS notification choice: {@code {"enabled": true|false}}. */
@RestController
class SmsSettingsApi {

	private final SmsOptOuts optOuts;

	SmsSettingsApi(SmsOptOuts optOuts) {
		this.optOuts = optOuts;
	}

	record SmsSettings(@NotNull Boolean enabled) {
	}

	@GetMapping(path = "/api/v1/me/sms-notifications", produces = "application/json")
	SmsSettings get(CurrentUser user) {
		return new SmsSettings(!optOuts.optedOut(user.id()));
	}

	@PutMapping(path = "/api/v1/me/sms-notifications", consumes = "application/json", produces = "application/json")
	SmsSettings put(CurrentUser user, @RequestBody SmsSettings settings) {
		if (settings.enabled() == null) {
			throw new org.isoko.shared.InvalidInput("enabled", "enabled must be true or false");
		}
		optOuts.choose(user.id(), settings.enabled());
		return new SmsSettings(settings.enabled());
	}

}
