package org.isoko.payments;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.ordering.OrderId;
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
 * The wallet/card provider for buyers in China, in the style of Alipay's face-to-face
 * API: {@code trade/precreate} (form parameters signed with HMAC-SHA256, see
 * {@link WalletSignature}) answers a QR code and a redirect URL; the buyer pays in the
 * wallet; the provider then POSTs a signed asynchronous notification to
 * {@code notify_url}. {@code trade/query} gives the status for polling. The trade number
 * is our reference id, so a resend is idempotent.
 * <p>
 * Refunds follow {@code alipay.trade.refund}: {@code trade/refund} with
 * {@code out_trade_no} (the payment's reference id), {@code refund_amount} and
 * {@code out_request_no} (one per refund of ours) answers code 10000 with
 * {@code fund_change} Y when this call moved the money back; the same
 * {@code out_request_no} again answers 10000 with {@code fund_change} N and moves
 * nothing, so a resend after a crash is safe. A refund above what the trade still holds
 * is refused with code 40004 and a {@code sub_code}. {@code trade/fastpay/refund/query}
 * (after {@code alipay.trade.fastpay.refund.query}) tells whether a request number was
 * refunded; it answers 10000 without refund fields when the provider never received that
 * request.
 */
@Component
public class WalletApi implements Collections, TradeRefunds {

	public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

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

	/**
	 * Code of a successful call; 40004 is a business refusal (see {@code sub_code});
	 * 20000 asks to retry later.
	 */
	static final String SUCCESS = "10000";

	static final String UNAVAILABLE = "20000";

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Response(@Nullable String code, @Nullable String msg, @Nullable String sub_code, @Nullable String qr_code,
			@Nullable String redirect_url, @Nullable String trade_status, @Nullable String trade_no,
			@Nullable String total_amount, @Nullable String currency, @Nullable String fund_change,
			@Nullable String refund_fee, @Nullable String refund_amount, @Nullable String refund_status,
			@Nullable String out_request_no) {
	}

	@Override
	public Provider provider() {
		return Provider.WALLET;
	}

	@Override
	public NextStep request(UUID referenceId, Money amount, @Nullable Msisdn payer, OrderId order, String callbackUrl) {
		Map<String, String> parameters = base(referenceId);
		parameters.put("total_amount", amount.amount());
		parameters.put("currency", amount.currency().value());
		parameters.put("subject", "Isoko order " + order);
		parameters.put("notify_url", callbackUrl);
		parameters.put("return_url", addresses.orderPage(order));
		Response response = call("/gateway/v1/trade/precreate", parameters);
		if (!"10000".equals(response.code())) {
			throw new IllegalStateException(
					"Wallet refused trade " + referenceId + ": " + response.code() + " " + response.sub_code());
		}
		return new NextStep(NextStep.Kind.REDIRECT, response.redirect_url(), response.qr_code());
	}

	@Override
	public Optional<ProviderStatus> status(UUID referenceId) {
		Response response = call("/gateway/v1/trade/query", base(referenceId));
		if ("ACQ.TRADE_NOT_EXIST".equals(response.sub_code())) {
			return Optional.empty();
		}
		return Optional
			.of(toStatus(response.trade_status(), response.trade_no(), response.total_amount(), response.currency()));
	}

	@Override
	public ProviderStatus refund(UUID tradeReference, Money amount, String requestNo, String reason) {
		Map<String, String> parameters = base(tradeReference);
		parameters.put("refund_amount", amount.amount());
		parameters.put("refund_currency", amount.currency().value());
		parameters.put("out_request_no", requestNo);
		parameters.put("refund_reason", reason.length() > 256 ? reason.substring(0, 256) : reason);
		Response response = call("/gateway/v1/trade/refund", parameters);
		requireAnswered(response, "refund " + requestNo);
		if (!SUCCESS.equals(response.code())) {
			return new ProviderStatus(ProviderStatus.State.FAILED,
					response.sub_code() == null ? response.code() : response.sub_code(), response.trade_no(),
					amount.amount(), amount.currency().value());
		}
		if ("Y".equals(response.fund_change())) {
			return new ProviderStatus(ProviderStatus.State.SUCCESSFUL, null, response.trade_no(), amount.amount(),
					amount.currency().value());
		}
		// fund_change N: this call moved nothing. Either an earlier call with this
		// request number refunded it, or the
		// provider is still working on it; only the refund query tells which.
		return refundStatus(tradeReference, requestNo).orElse(new ProviderStatus(ProviderStatus.State.PENDING, null,
				response.trade_no(), amount.amount(), amount.currency().value()));
	}

	@Override
	public Optional<ProviderStatus> refundStatus(UUID tradeReference, String requestNo) {
		Map<String, String> parameters = base(tradeReference);
		parameters.put("out_request_no", requestNo);
		parameters.put("query_options", "refund_status");
		Response response = call("/gateway/v1/trade/fastpay/refund/query", parameters);
		requireAnswered(response, "refund query " + requestNo);
		if ("ACQ.TRADE_NOT_EXIST".equals(response.sub_code())) {
			return Optional.empty();
		}
		if (!SUCCESS.equals(response.code())) {
			throw new IllegalStateException("Wallet refused the refund query " + requestNo + ": " + response.code()
					+ " " + response.sub_code());
		}
		return toRefundStatus(response.refund_status(), response.trade_no(), response.refund_amount(),
				response.currency());
	}

	/**
	 * A refund query's answer: no refund amount means the provider has no such request; a
	 * refund amount with status REFUND_SUCCESS (or, as Alipay answers when not asked for
	 * the status, none) means the money went back.
	 */
	static Optional<ProviderStatus> toRefundStatus(@Nullable String refundStatus, @Nullable String tradeNo,
			@Nullable String amount, @Nullable String currency) {
		if (amount == null || amount.isBlank()) {
			return Optional.empty();
		}
		if (refundStatus == null || refundStatus.isBlank() || "REFUND_SUCCESS".equals(refundStatus)) {
			return Optional.of(new ProviderStatus(ProviderStatus.State.SUCCESSFUL, null, tradeNo, amount, currency));
		}
		return Optional.of(new ProviderStatus(ProviderStatus.State.PENDING, null, tradeNo, amount, currency));
	}

	/**
	 * "Try again later" answers and gateway errors are outages, not refusals: the request
	 * is kept and retried.
	 */
	private static void requireAnswered(Response response, String what) {
		if (UNAVAILABLE.equals(response.code()) || "ACQ.SYSTEM_ERROR".equals(response.sub_code())) {
			throw new ProviderUnavailable(
					"Wallet asks to retry " + what + " later: " + response.code() + " " + response.sub_code());
		}
		if ("40002".equals(response.code()) || "40001".equals(response.code())) {
			// Our signature or parameters are wrong: a configuration error that no retry
			// fixes, so say it loudly.
			throw new IllegalStateException(
					"Wallet rejected " + what + ": " + response.code() + " " + response.sub_code());
		}
	}

	static ProviderStatus toStatus(@Nullable String tradeStatus, @Nullable String tradeNo, @Nullable String amount,
			@Nullable String currency) {
		if ("TRADE_SUCCESS".equals(tradeStatus) || "TRADE_FINISHED".equals(tradeStatus)) {
			return new ProviderStatus(ProviderStatus.State.SUCCESSFUL, null, tradeNo, amount, currency);
		}
		if ("TRADE_CLOSED".equals(tradeStatus)) {
			return new ProviderStatus(ProviderStatus.State.FAILED, "TRADE_CLOSED", tradeNo, amount, currency);
		}
		return new ProviderStatus(ProviderStatus.State.PENDING, null, tradeNo, amount, currency);
	}

	/** Whether a notification carries a valid signature of this merchant. */
	public boolean verify(Map<String, String> notification) {
		return settings.appId().equals(notification.get("app_id"))
				&& WalletSignature.verify(notification, settings.signingKey());
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
			Response response = http.post()
				.uri(addresses.wallet() + path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(Response.class);
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
