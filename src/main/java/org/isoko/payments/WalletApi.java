package org.isoko.payments;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The wallet/card provider for buyers in China, in the style of Alipay's face-to-face API: {@code trade/precreate}
 * (form parameters signed with HMAC-SHA256, see {@link WalletSignature}) answers a QR code and a redirect URL; the
 * buyer pays in the wallet; the provider then POSTs a signed asynchronous notification to {@code notify_url}.
 * {@code trade/query} gives the status for polling. The trade number is our reference id, so a resend is idempotent.
 */
@Component
class WalletApi implements Collections {

	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

	private final RestClient http;
	private final ProviderAddresses addresses;
	private final PaymentsSettings.Wallet settings;
	private final Clock clock;

	WalletApi(ProviderAddresses addresses, PaymentsSettings settings, Clock clock) {
		this.http = ProviderHttp.client();
		this.addresses = addresses;
		this.settings = settings.wallet();
		this.clock = clock;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Response(@Nullable String code, @Nullable String msg, @Nullable String sub_code, @Nullable String qr_code,
			@Nullable String redirect_url, @Nullable String trade_status, @Nullable String trade_no, @Nullable String total_amount,
			@Nullable String currency) {
	}

	@Override
	public Provider provider() {
		return Provider.WALLET;
	}

	@Override
	public NextStep request(UUID referenceId, Money amount, @Nullable Msisdn payer, String externalId, String callbackUrl) {
		Map<String, String> parameters = base(referenceId);
		parameters.put("total_amount", amount.amount());
		parameters.put("currency", amount.currency().value());
		parameters.put("subject", "Isoko order " + externalId);
		parameters.put("notify_url", callbackUrl);
		Response response = call("/gateway/v1/trade/precreate", parameters);
		if (!"10000".equals(response.code())) {
			throw new IllegalStateException("Wallet refused trade " + referenceId + ": " + response.code() + " " + response.sub_code());
		}
		return new NextStep(NextStep.Kind.REDIRECT, response.redirect_url(), response.qr_code());
	}

	@Override
	public Optional<ProviderStatus> status(UUID referenceId) {
		Response response = call("/gateway/v1/trade/query", base(referenceId));
		if ("ACQ.TRADE_NOT_EXIST".equals(response.sub_code())) {
			return Optional.empty();
		}
		return Optional.of(toStatus(response.trade_status(), response.trade_no(), response.total_amount(), response.currency()));
	}

	static ProviderStatus toStatus(@Nullable String tradeStatus, @Nullable String tradeNo, @Nullable String amount, @Nullable String currency) {
		if ("TRADE_SUCCESS".equals(tradeStatus) || "TRADE_FINISHED".equals(tradeStatus)) {
			return new ProviderStatus(ProviderStatus.State.SUCCESSFUL, null, tradeNo, amount, currency);
		}
		if ("TRADE_CLOSED".equals(tradeStatus)) {
			return new ProviderStatus(ProviderStatus.State.FAILED, "TRADE_CLOSED", tradeNo, amount, currency);
		}
		return new ProviderStatus(ProviderStatus.State.PENDING, null, tradeNo, amount, currency);
	}

	/** Whether a notification carries a valid signature of this merchant. */
	boolean verify(Map<String, String> notification) {
		return settings.appId().equals(notification.get("app_id")) && WalletSignature.verify(notification, settings.signingKey());
	}

	private Map<String, String> base(UUID referenceId) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("app_id", settings.appId());
		parameters.put("out_trade_no", referenceId.toString());
		parameters.put("timestamp", TIMESTAMP.format(clock.instant()));
		return parameters;
	}

	private Response call(String path, Map<String, String> parameters) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		WalletSignature.signed(parameters, settings.signingKey()).forEach(form::add);
		try {
			Response response = http.post().uri(addresses.wallet() + path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
					.retrieve().body(Response.class);
			if (response == null) {
				throw new ProviderUnavailable("Wallet answered nothing to " + path);
			}
			return response;
		}
		catch (RestClientException e) {
			throw new ProviderUnavailable("Wallet is unavailable: " + e.getMessage(), e);
		}
	}
}
