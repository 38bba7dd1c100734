package org.isoko.channels.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.isoko.channels.sms.SmsDeliveryReports;
import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The callback Africa's Talking posts SMS delivery reports to (the "Delivery Reports"
 * callback URL of the account): form fields {@code id} (the message id it gave when it
 * took the message), {@code status}, {@code phoneNumber}, {@code networkCode},
 * {@code failureReason} and {@code retryCount}. Kept out like the USSD callback: when
 * configured, a shared secret in the address ({@code ?key=...}, setting
 * {@code isoko.channels.sms.delivery-reports.secret}) and a list of the provider's
 * addresses ({@code isoko.channels.sms.delivery-reports.allowed-addresses}). A report
 * posted again gets 200 and changes nothing, so the provider stops retrying it.
 */
@RestController
class SmsDeliveryReportCallback {

	private final SmsDeliveryReports reports;

	private final byte[] secret;

	private final List<String> allowedAddresses;

	SmsDeliveryReportCallback(SmsDeliveryReports reports,
			@Value("${isoko.channels.sms.delivery-reports.secret:}") String secret,
			@Value("${isoko.channels.sms.delivery-reports.allowed-addresses:}") String allowedAddresses) {
		this.reports = reports;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.allowedAddresses = Arrays.stream(allowedAddresses.split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	/** The answer: what became of the report. */
	record Received(String outcome) {
	}

	@PostMapping(path = "/api/v1/sms/delivery-reports", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<?> report(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String status,
			@RequestParam(required = false) @Nullable String phoneNumber,
			@RequestParam(required = false) @Nullable String networkCode,
			@RequestParam(required = false) @Nullable String failureReason,
			@RequestParam(defaultValue = "0") int retryCount, @RequestParam(required = false) @Nullable String key,
			HttpServletRequest request) {
		if (!allowed(key, request.getRemoteAddr())) {
			return ProblemJson
				.response(HttpStatus.FORBIDDEN, "Forbidden", "This address or key may not post SMS delivery reports")
				.build();
		}
		SmsDeliveryReports.Outcome outcome = reports.record(new SmsDeliveryReports.Report(id.trim(), status.trim(),
				phoneNumber, networkCode, failureReason, retryCount));
		return ResponseEntity.ok(new Received(outcome.name()));
	}

	private boolean allowed(@Nullable String key, String address) {
		if (secret.length > 0
				&& (key == null || !MessageDigest.isEqual(secret, key.getBytes(StandardCharsets.UTF_8)))) {
			return false;
		}
		return allowedAddresses.isEmpty() || allowedAddresses.contains(address);
	}

}
