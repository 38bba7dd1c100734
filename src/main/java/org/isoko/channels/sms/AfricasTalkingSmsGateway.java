package org.isoko.channels.sms;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The production SMS gateway: Africa's Talking's messaging API. One message is one
 * {@code POST <base-url>/version1/messaging} with the form fields {@code username},
 * {@code to}, {@code message} and, if set, {@code from} (an approved sender id or short
 * code), the account's key in the {@code apiKey} header; the answer lists one entry per
 * recipient in {@code SMSMessageData.Recipients} with its {@code statusCode},
 * {@code status}, {@code messageId} and {@code cost} ("RWF 15.0000").
 * <p>
 * What we do with each status code (decided here, documented in the USSD and SMS guide):
 * <ul>
 * <li>100 Processed, 101 Sent, 102 Queued: taken; the delivery report tells the
 * rest.</li>
 * <li>401 RiskHold, 405 InsufficientBalance, 500 InternalServerError, 501 GatewayError,
 * 502 RejectedByGateway, an HTTP 5xx, 401 or 429, or no answer at all: tried again later
 * ({@link SmsGateway.TryLater}), with the outbox's doubling delay — topping up the
 * account or the provider coming back lets the message go.</li>
 * <li>402 InvalidSenderId, 403 InvalidPhoneNumber, 404 UnsupportedNumberType, 406
 * UserInBlacklist, 407 CouldNotRoute, 409 DoNotDisturbRejection, any other code, or
 * another HTTP 4xx: failed for good; sending the same message again would fail the same
 * way (or, for a subscriber who blocked us, should not be tried).</li>
 * </ul>
 */
public class AfricasTalkingSmsGateway implements SmsGateway {

	private static final Logger LOG = LoggerFactory.getLogger(AfricasTalkingSmsGateway.class);

	static final Set<Integer> TAKEN = Set.of(100, 101, 102);

	static final Set<Integer> RETRYABLE = Set.of(401, 405, 500, 501, 502);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AfricasTalkingSettings settings;

	private final RestClient http;

	AfricasTalkingSmsGateway(AfricasTalkingSettings settings) {
		this.settings = settings;
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(Duration.ofSeconds(20));
		this.http = RestClient.builder().requestFactory(new BufferingClientHttpRequestFactory(factory)).build();
	}

	@Override
	public Sent send(Msisdn to, String message) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", settings.username());
		form.add("to", to.international());
		form.add("message", message);
		if (settings.from() != null) {
			form.add("from", settings.from());
		}
		Answer answer;
		try {
			answer = http.post()
				.uri(settings.messagingUri())
				.header("apiKey", settings.apiKey())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.exchange((request, response) -> new Answer(response.getStatusCode().value(),
						new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (RestClientException ex) {
			throw new TryLater("NoAnswer", "Africa's Talking did not answer: " + ex.getMessage(), ex);
		}
		return read(answer);
	}

	private record Answer(int httpStatus, String body) {
	}

	static Sent read(int httpStatus, String body) {
		return read(new Answer(httpStatus, body));
	}

	private static Sent read(Answer answer) {
		int code = answer.httpStatus();
		if (code >= 500 || code == 401 || code == 429) {
			// 401: a wrong or revoked key is fixed by configuration, not by dropping
			// the messages.
			throw new TryLater("HTTP " + code, "Africa's Talking answered HTTP " + code + ": " + brief(answer.body()));
		}
		if (code >= 400) {
			LOG.warn("Africa's Talking refused a message with HTTP {}: {}", code, brief(answer.body()));
			return new Sent(false, "", "HTTP " + code);
		}
		Recipient recipient = recipient(answer.body());
		if (TAKEN.contains(recipient.statusCode())) {
			return new Sent(true, recipient.messageId(), recipient.status(), cost(recipient.cost()));
		}
		if (RETRYABLE.contains(recipient.statusCode())) {
			throw new TryLater(recipient.status(),
					"Africa's Talking did not send it now: " + recipient.statusCode() + " " + recipient.status());
		}
		return new Sent(false, "", recipient.status());
	}

	private static Recipient recipient(String body) {
		Response response;
		try {
			response = JSON.readValue(body, Response.class);
		}
		catch (JacksonException ex) {
			throw new TryLater("BadAnswer", "Africa's Talking answered what is not its JSON: " + brief(body), ex);
		}
		if (response.data() == null || response.data().recipients() == null || response.data().recipients().isEmpty()) {
			// An empty list is what a rejected request (e.g. a bad username) gets.
			String text = response.data() == null ? "" : String.valueOf(response.data().message());
			return new Recipient(0, "NoRecipient: " + brief(text), "", "");
		}
		Recipient r = response.data().recipients().get(0);
		return new Recipient(r.statusCode(), r.status() == null ? String.valueOf(r.statusCode()) : r.status(),
				r.messageId() == null || "None".equals(r.messageId()) ? "" : r.messageId(), r.cost());
	}

	/**
	 * "RWF 15.0000" as Money; the provider writes four decimals, rounded here to the
	 * currency's minor unit. "0" (what a refused message costs) and anything else
	 * unreadable is no cost.
	 */
	static @Nullable Money cost(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.trim().split("\\s+");
		if (parts.length != 2) {
			return null;
		}
		try {
			CurrencyCode currency = CurrencyCode.of(parts[0]);
			BigDecimal amount = new BigDecimal(parts[1]).setScale(currency.minorUnitDigits(), RoundingMode.HALF_UP);
			return Money.of(amount, currency);
		}
		catch (IllegalArgumentException ex) {
			LOG.warn("Unreadable SMS cost from Africa's Talking: {}", text);
			return null;
		}
	}

	private static String brief(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Response(@JsonProperty("SMSMessageData") @Nullable MessageData data) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record MessageData(@JsonProperty("Message") @Nullable String message,
			@JsonProperty("Recipients") @Nullable List<Recipient> recipients) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Recipient(int statusCode, @Nullable String status, @Nullable String messageId, @Nullable String cost) {
	}

	/** Where and as whom to send. */
	record AfricasTalkingSettings(String username, String apiKey, URI baseUrl, @Nullable String from) {

		AfricasTalkingSettings {
			if (username == null || username.isBlank()) {
				throw new IllegalStateException(
						"isoko.channels.sms.gateway=africastalking needs isoko.channels.sms.africastalking.username");
			}
			if (apiKey == null || apiKey.isBlank()) {
				throw new IllegalStateException(
						"isoko.channels.sms.gateway=africastalking needs isoko.channels.sms.africastalking.api-key");
			}
			from = from == null || from.isBlank() ? null : from.trim();
		}

		URI messagingUri() {
			String base = baseUrl.toString();
			return URI.create((base.endsWith("/") ? base : base + "/") + "version1/messaging");
		}

	}

}
