package org.isoko.channels.web;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.isoko.channels.ussd.UssdSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The callback an Africa's Talking USSD service code is pointed at. The gateway has no
 * session and no CSRF token; what keeps strangers out, when configured, is a shared
 * secret in the callback address ({@code ?key=...}, setting
 * {@code isoko.channels.ussd.secret}) and a list of the gateway's addresses
 * ({@code isoko.channels.ussd.allowed-addresses}). A refused request gets 403, which ends
 * the session on a real gateway.
 */
@RestController
class UssdCallback {

	private final UssdSessions sessions;

	private final byte[] secret;

	private final List<String> allowedAddresses;

	UssdCallback(UssdSessions sessions, @Value("${isoko.channels.ussd.secret:}") String secret,
			@Value("${isoko.channels.ussd.allowed-addresses:}") String allowedAddresses) {
		this.sessions = sessions;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.allowedAddresses = Arrays.stream(allowedAddresses.split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	@PostMapping(path = "/api/v1/ussd", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> ussd(@RequestParam String sessionId, @RequestParam(defaultValue = "") String serviceCode,
			@RequestParam String phoneNumber, @RequestParam(defaultValue = "") String networkCode,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable String key,
			HttpServletRequest request) {
		if (!allowed(key, request.getRemoteAddr())) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.TEXT_PLAIN)
				.body("END Not allowed");
		}
		if (sessionId.isBlank() || sessionId.length() > 100) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("END Bad request");
		}
		String answer = sessions
			.answer(new UssdSessions.Request(sessionId, serviceCode, phoneNumber, networkCode, text))
			.protocol();
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(answer);
	}

	private boolean allowed(@Nullable String key, String address) {
		if (secret.length > 0
				&& (key == null || !MessageDigest.isEqual(secret, key.getBytes(StandardCharsets.UTF_8)))) {
			return false;
		}
		return allowedAddresses.isEmpty() || allowedAddresses.contains(address);
	}

}
