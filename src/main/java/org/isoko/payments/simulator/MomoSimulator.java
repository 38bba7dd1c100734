package org.isoko.payments.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.isoko.payments.MomoApi;
import org.isoko.payments.PaymentsSettings;
import org.isoko.payments.ProviderHttp;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * An in-process MTN MoMo Open API for demos and tests, at {@code /simulators/momo}: the
 * same paths, headers, bodies and status codes as the real one (token, requesttopay,
 * transfer, status queries; 202, 401, 404, 409), with deterministic outcomes chosen by
 * the last digit of the payer's (or payee's) number:
 * <ul>
 * <li>1 → FAILED, NOT_ENOUGH_FUNDS (collections) or PAYEE_NOT_FOUND (transfers);</li>
 * <li>2 → SUCCESSFUL, but the callback is never sent (only polling finds out);</li>
 * <li>3 → FAILED, APPROVAL_REJECTED (the payer declined on the phone);</li>
 * <li>4 → stays PENDING (the payer never answers);</li>
 * <li>anything else → SUCCESSFUL.</li>
 * </ul>
 * A request turns final {@code isoko.payments.simulator.delay} after it arrived (2 s by
 * default); the callback is then POSTed once, without retry, to the X-Callback-Url, as
 * MTN does. {@link #unavailable} makes every call answer 503, {@link #failing} any status
 * (500), to test outages.
 */
@RestController
@RequestMapping("/simulators/momo")
@Conditional(SimulatorsEnabled.class)
public class MomoSimulator {

	private static final Logger LOG = LoggerFactory.getLogger(MomoSimulator.class);

	private final PaymentsSettings.Momo settings;

	private final Clock clock;

	private final Duration delay;

	private final RestClient http;

	private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

	private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();

	private volatile boolean unavailable;

	/**
	 * What a call answers while unavailable: 503 by default, 500 for a crashing provider.
	 */
	private volatile HttpStatus outage = HttpStatus.SERVICE_UNAVAILABLE;

	MomoSimulator(PaymentsSettings settings, Clock clock,
			@Value("${isoko.payments.simulator.delay:PT2S}") Duration delay) {
		this.settings = settings.momo();
		this.clock = clock;
		this.delay = delay;
		this.http = ProviderHttp.client();
	}

	/** One request the simulated provider received. */
	public static final class Transaction {

		public final String product;

		public final UUID referenceId;

		public final Map<String, Object> body;

		public final String party;

		final @Nullable String callbackUrl;

		final Instant dueAt;

		volatile boolean callbackSent;

		Transaction(String product, UUID referenceId, Map<String, Object> body, String party,
				@Nullable String callbackUrl, Instant dueAt) {
			this.product = product;
			this.referenceId = referenceId;
			this.body = body;
			this.party = party;
			this.callbackUrl = callbackUrl;
			this.dueAt = dueAt;
		}

	}

	@PostMapping("/{product}/token/")
	ResponseEntity<?> token(@PathVariable String product,
			@RequestHeader(value = "Authorization", required = false) @Nullable String authorization) {
		if (unavailable) {
			return down();
		}
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((settings.apiUser() + ":" + settings.apiKey()).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(authorization)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "login_failed"));
		}
		String token = "sim-" + UUID.randomUUID();
		tokens.put(token, clock.instant().plusSeconds(3600));
		return ResponseEntity.ok(Map.of("access_token", token, "token_type", "access_token", "expires_in", 3600));
	}

	@PostMapping(path = "/collection/v1_0/requesttopay", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> requestToPay(@RequestHeader HttpHeaders headers, @RequestBody Map<String, Object> body) {
		return accept(MomoApi.COLLECTION, "payer", headers, body);
	}

	@PostMapping(path = "/disbursement/v1_0/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> transfer(@RequestHeader HttpHeaders headers, @RequestBody Map<String, Object> body) {
		return accept(MomoApi.DISBURSEMENT, "payee", headers, body);
	}

	@GetMapping("/collection/v1_0/requesttopay/{referenceId}")
	ResponseEntity<?> requestToPayStatus(@RequestHeader HttpHeaders headers, @PathVariable String referenceId) {
		return status(MomoApi.COLLECTION, headers, referenceId);
	}

	@GetMapping("/disbursement/v1_0/transfer/{referenceId}")
	ResponseEntity<?> transferStatus(@RequestHeader HttpHeaders headers, @PathVariable String referenceId) {
		return status(MomoApi.DISBURSEMENT, headers, referenceId);
	}

	private ResponseEntity<?> accept(String product, String partyField, HttpHeaders headers, Map<String, Object> body) {
		ResponseEntity<?> refused = checkHeaders(product, headers);
		if (refused != null) {
			return refused;
		}
		UUID referenceId;
		try {
			referenceId = UUID.fromString(String.valueOf(headers.getFirst("X-Reference-Id")));
		}
		catch (IllegalArgumentException e) {
			return error(HttpStatus.BAD_REQUEST, "INVALID_REFERENCE_ID", "X-Reference-Id must be a UUID");
		}
		Object party = body.get(partyField);
		if (!(party instanceof Map<?, ?> partyMap) || !"MSISDN".equals(partyMap.get("partyIdType"))
				|| !(partyMap.get("partyId") instanceof String partyId) || !partyId.matches("\\d{8,15}")
				|| !(body.get("amount") instanceof String amount) || !amount.matches("\\d+(\\.\\d+)?")
				|| !(body.get("currency") instanceof String)) {
			return error(HttpStatus.BAD_REQUEST, "INVALID_REQUEST",
					"amount (string), currency and " + partyField + " {partyIdType: MSISDN, partyId} are required");
		}
		Transaction transaction = new Transaction(product, referenceId, Map.copyOf(body), partyId,
				headers.getFirst("X-Callback-Url"), clock.instant().plus(delay));
		if (transactions.putIfAbsent(key(product, referenceId), transaction) != null) {
			return error(HttpStatus.CONFLICT, "RESOURCE_ALREADY_EXIST",
					"Duplicated reference id. Creation of resource failed.");
		}
		return ResponseEntity.accepted().build();
	}

	private ResponseEntity<?> status(String product, HttpHeaders headers, String referenceId) {
		ResponseEntity<?> refused = checkHeaders(product, headers);
		if (refused != null) {
			return refused;
		}
		Transaction transaction = transactions.get(product + ":" + referenceId);
		if (transaction == null) {
			return error(HttpStatus.NOT_FOUND, "RESOURCE_NOT_FOUND", "Requested resource was not found.");
		}
		return ResponseEntity.ok(statusBody(transaction));
	}

	/**
	 * Sends the callbacks that are due, once each (also called by tests, so they need no
	 * waiting).
	 */
	@Scheduled(fixedDelayString = "${isoko.payments.simulator.callback-interval:PT1S}")
	public void deliverCallbacks() {
		for (Transaction transaction : List.copyOf(transactions.values())) {
			if (transaction.callbackSent || transaction.callbackUrl == null
					|| clock.instant().isBefore(transaction.dueAt) || outcome(transaction)[0].equals("PENDING")
					|| transaction.party.endsWith("2")) {
				continue;
			}
			transaction.callbackSent = true;
			try {
				http.post()
					.uri(transaction.callbackUrl)
					.contentType(MediaType.APPLICATION_JSON)
					.body(statusBody(transaction))
					.retrieve()
					.toBodilessEntity();
			}
			catch (RestClientException e) {
				LOG.info("MoMo simulator: callback to {} failed ({}); MTN does not retry either",
						transaction.callbackUrl, e.getMessage());
			}
		}
	}

	private Map<String, Object> statusBody(Transaction transaction) {
		String[] outcome = clock.instant().isBefore(transaction.dueAt) ? new String[] { "PENDING", null }
				: outcome(transaction);
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("financialTransactionId",
				"SIM" + Math.abs(transaction.referenceId.getMostSignificantBits() % 1_000_000_000L));
		body.put("externalId", transaction.body.get("externalId"));
		body.put("amount", transaction.body.get("amount"));
		body.put("currency", transaction.body.get("currency"));
		body.put(MomoApi.COLLECTION.equals(transaction.product) ? "payer" : "payee",
				Map.of("partyIdType", "MSISDN", "partyId", transaction.party));
		body.put("status", outcome[0]);
		if (outcome[1] != null) {
			body.put("reason", outcome[1]);
		}
		return body;
	}

	private static String[] outcome(Transaction transaction) {
		char last = transaction.party.charAt(transaction.party.length() - 1);
		boolean collection = MomoApi.COLLECTION.equals(transaction.product);
		switch (last) {
			case '1':
				return new String[] { "FAILED", collection ? "NOT_ENOUGH_FUNDS" : "PAYEE_NOT_FOUND" };
			case '3':
				return new String[] { "FAILED", "APPROVAL_REJECTED" };
			case '4':
				return new String[] { "PENDING", null };
			default:
				return new String[] { "SUCCESSFUL", null };
		}
	}

	private @Nullable ResponseEntity<?> checkHeaders(String product, HttpHeaders headers) {
		if (unavailable) {
			return down();
		}
		String authorization = String.valueOf(headers.getFirst("Authorization"));
		Instant expires = authorization.startsWith("Bearer ") ? tokens.get(authorization.substring(7)) : null;
		if (expires == null || !clock.instant().isBefore(expires)) {
			return error(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Access token is missing, invalid or expired");
		}
		String key = MomoApi.COLLECTION.equals(product) ? settings.collectionSubscriptionKey()
				: settings.disbursementSubscriptionKey();
		if (!key.equals(headers.getFirst("Ocp-Apim-Subscription-Key"))) {
			return error(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Invalid subscription key");
		}
		if (!settings.targetEnvironment().equals(headers.getFirst("X-Target-Environment"))) {
			return error(HttpStatus.BAD_REQUEST, "INVALID_TARGET_ENVIRONMENT", "Unknown X-Target-Environment");
		}
		return null;
	}

	/** Takes the simulated provider down (true) or brings it back (false). */
	public void unavailable(boolean down) {
		failing(down ? HttpStatus.SERVICE_UNAVAILABLE : null);
	}

	/**
	 * Makes every call answer {@code status} (e.g. 500, 503), or brings the simulated
	 * provider back (null): the fault switch of outage tests.
	 */
	public void failing(@Nullable HttpStatus status) {
		if (status != null) {
			this.outage = status;
		}
		this.unavailable = status != null;
	}

	private ResponseEntity<?> down() {
		return outage == HttpStatus.SERVICE_UNAVAILABLE
				? error(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", "Service unavailable, try again later")
				: error(outage, "INTERNAL_PROCESSING_ERROR", "An internal error occurred");
	}

	private static ResponseEntity<?> error(HttpStatus status, String code, String message) {
		return ResponseEntity.status(status).body(Map.of("code", code, "message", message));
	}

	private static String key(String product, UUID referenceId) {
		return product + ":" + referenceId;
	}

	/** What the simulated provider knows, for reconciliation tests and the statement. */
	public List<Transaction> transactions() {
		return List.copyOf(transactions.values());
	}

}
