package org.isoko.payments;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The MTN MoMo Open API adapter (collections and disbursements), written against the
 * documented HTTP API: a bearer token from {@code POST /{product}/token/} (Basic
 * apiUser:apiKey), then {@code POST /collection/v1_0/requesttopay} or
 * {@code POST /disbursement/v1_0/transfer} with {@code X-Reference-Id},
 * {@code X-Target-Environment}, {@code X-Callback-Url} and
 * {@code Ocp-Apim-Subscription-Key}, answered 202; the status by {@code GET
 * …/{referenceId}}. A 409 on the request means the provider already has this reference
 * id: a resend after a crash, which is what the idempotent reference id is for.
 */
@Component
public class MomoApi {

	public static final String COLLECTION = "collection";

	public static final String DISBURSEMENT = "disbursement";

	private final RestClient http;

	private final ProviderAddresses addresses;

	private final PaymentsSettings.Momo settings;

	private final Clock clock;

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	MomoApi(ProviderAddresses addresses, PaymentsSettings settings, Clock clock) {
		this.http = ProviderHttp.client();
		this.addresses = addresses;
		this.settings = settings.momo();
		this.clock = clock;
	}

	record Party(String partyIdType, String partyId) {
	}

	record RequestToPay(String amount, String currency, String externalId, Party payer, String payerMessage,
			String payeeNote) {
	}

	record Transfer(String amount, String currency, String externalId, Party payee, String payerMessage,
			String payeeNote) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Status(@Nullable String financialTransactionId, @Nullable String externalId, @Nullable String amount,
			@Nullable String currency, @Nullable String status, @Nullable String reason) {

		ProviderStatus toProviderStatus() {
			ProviderStatus.State state = "SUCCESSFUL".equals(status) ? ProviderStatus.State.SUCCESSFUL
					: "FAILED".equals(status) || "REJECTED".equals(status) || "TIMEOUT".equals(status)
							? ProviderStatus.State.FAILED : ProviderStatus.State.PENDING;
			return new ProviderStatus(state, reason, financialTransactionId, amount, currency);
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TokenResponse(String access_token, String token_type, long expires_in) {
	}

	private record Token(String value, Instant expires) {
	}

	void requestToPay(UUID referenceId, Money amount, Msisdn payer, String externalId, String callbackUrl) {
		send(COLLECTION, "/collection/v1_0/requesttopay", referenceId, callbackUrl,
				new RequestToPay(amount.amount(), amount.currency().value(), externalId,
						new Party("MSISDN", payer.value()), "Isoko order " + externalId, "Isoko order " + externalId));
	}

	void transfer(UUID referenceId, Money amount, Msisdn payee, String externalId, String callbackUrl) {
		send(DISBURSEMENT, "/disbursement/v1_0/transfer", referenceId, callbackUrl,
				new Transfer(amount.amount(), amount.currency().value(), externalId, new Party("MSISDN", payee.value()),
						"Isoko " + externalId, "Isoko " + externalId));
	}

	Optional<ProviderStatus> requestToPayStatus(UUID referenceId) {
		return status(COLLECTION, "/collection/v1_0/requesttopay/" + referenceId);
	}

	Optional<ProviderStatus> transferStatus(UUID referenceId) {
		return status(DISBURSEMENT, "/disbursement/v1_0/transfer/" + referenceId);
	}

	private void send(String product, String path, UUID referenceId, String callbackUrl, Object body) {
		try {
			http.post()
				.uri(addresses.momo() + path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(product))
				.header("X-Reference-Id", referenceId.toString())
				.header("X-Target-Environment", settings.targetEnvironment())
				.header("X-Callback-Url", callbackUrl)
				.header("Ocp-Apim-Subscription-Key", subscriptionKey(product))
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.retrieve()
				.toBodilessEntity();
		}
		catch (HttpClientErrorException e) {
			if (e.getStatusCode() == HttpStatus.CONFLICT) {
				return; // the provider already has this reference id: our earlier send
						// arrived
			}
			throw new IllegalStateException("MoMo refused " + product + " request " + referenceId + ": "
					+ e.getStatusCode() + " " + e.getResponseBodyAsString(), e);
		}
		catch (RestClientException e) {
			throw new ProviderUnavailable("MoMo " + product + " is unavailable: " + e.getMessage(), e);
		}
	}

	private Optional<ProviderStatus> status(String product, String path) {
		try {
			Status status = http.get()
				.uri(addresses.momo() + path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(product))
				.header("X-Target-Environment", settings.targetEnvironment())
				.header("Ocp-Apim-Subscription-Key", subscriptionKey(product))
				.retrieve()
				.body(Status.class);
			return Optional.ofNullable(status).map(Status::toProviderStatus);
		}
		catch (HttpClientErrorException.NotFound e) {
			return Optional.empty();
		}
		catch (RestClientException e) {
			throw new ProviderUnavailable("MoMo " + product + " status is unavailable: " + e.getMessage(), e);
		}
	}

	/** A bearer token per product, reused until shortly before it expires. */
	private String token(String product) {
		Token token = tokens.get(product);
		if (token != null && clock.instant().isBefore(token.expires())) {
			return token.value();
		}
		String basic = Base64.getEncoder()
			.encodeToString((settings.apiUser() + ":" + settings.apiKey()).getBytes(StandardCharsets.UTF_8));
		try {
			TokenResponse response = http.post()
				.uri(addresses.momo() + "/" + product + "/token/")
				.header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
				.header("Ocp-Apim-Subscription-Key", subscriptionKey(product))
				.retrieve()
				.body(TokenResponse.class);
			if (response == null) {
				throw new ProviderUnavailable("MoMo returned no token");
			}
			tokens.put(product, new Token(response.access_token(),
					clock.instant().plusSeconds(Math.max(0, response.expires_in() - 60))));
			return response.access_token();
		}
		catch (RestClientException e) {
			throw new ProviderUnavailable("MoMo token endpoint is unavailable: " + e.getMessage(), e);
		}
	}

	private String subscriptionKey(String product) {
		return COLLECTION.equals(product) ? settings.collectionSubscriptionKey()
				: settings.disbursementSubscriptionKey();
	}

}
