package org.isoko.payments.web;

import java.util.Map;
import java.util.UUID;

import org.isoko.payments.CallbackGuard;
import org.isoko.payments.CallbackLog;
import org.isoko.payments.CallbackRateLimited;
import org.isoko.payments.Payments;
import org.isoko.payments.Payouts;
import org.isoko.payments.Provider;
import org.isoko.payments.WalletApi;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The endpoints providers call back (public: providers have no Isoko session or token).
 * <p>
 * MoMo callbacks are not signed, so their body is never trusted: a callback only makes us
 * ask MoMo for the status of that reference id with our own credentials, and that answer
 * is applied. A forged "SUCCESSFUL" therefore changes nothing. Wallet notifications are
 * signed; a notification whose signature does not verify is refused (400), audited and
 * changes nothing, and a signed one is treated like a MoMo callback: it makes us query
 * the trade, and only the wallet's answer counts. Every callback is recorded; duplicates,
 * late and out-of-order ones take effect at most once because the status change is
 * conditional. Callbacks are rate-limited per client address and rejections audited in
 * aggregate ({@link CallbackGuard}).
 */
@RestController
@RequestMapping("/api/v1/payments/callbacks")
@Tag(name = "Payment provider callbacks", description = "Called by payment providers, not by people")
class PaymentCallbacks {

	private final Payments payments;

	private final Payouts payouts;

	private final WalletApi wallet;

	private final CallbackGuard guard;

	private final HttpServletRequest request;

	private final CallbackLog callbacks;

	PaymentCallbacks(Payments payments, Payouts payouts, WalletApi wallet, CallbackGuard guard,
			HttpServletRequest request, CallbackLog callbacks) {
		this.payments = payments;
		this.payouts = payouts;
		this.wallet = wallet;
		this.guard = guard;
		this.request = request;
		this.callbacks = callbacks;
	}

	@RequestMapping(path = "/momo/collections/{referenceId}", method = { RequestMethod.POST, RequestMethod.PUT })
	@Operation(summary = "MTN MoMo request-to-pay callback (POST or PUT); triggers a status query")
	Map<String, String> momoCollection(@PathVariable UUID referenceId) {
		guard.admit(address());
		if (payments.byReferenceId(referenceId).isEmpty()) {
			reject(Provider.MOMO, referenceId.toString(), "UNKNOWN_REFERENCE", "No payment has this reference id");
			throw NotFound.of("Payment reference", referenceId);
		}
		boolean changed = payments.refresh(referenceId);
		record(Provider.MOMO, referenceId.toString(), changed ? "APPLIED" : "NO_CHANGE", null);
		return Map.of("status", "received");
	}

	@RequestMapping(path = "/momo/disbursements/{referenceId}", method = { RequestMethod.POST, RequestMethod.PUT })
	@Operation(summary = "MTN MoMo transfer callback (POST or PUT); triggers a status query")
	Map<String, String> momoDisbursement(@PathVariable UUID referenceId) {
		guard.admit(address());
		if (payouts.byReferenceId(referenceId).isEmpty()) {
			reject(Provider.MOMO, referenceId.toString(), "UNKNOWN_REFERENCE", "No payout has this reference id");
			throw NotFound.of("Payout reference", referenceId);
		}
		boolean changed = payouts.refresh(referenceId);
		record(Provider.MOMO, referenceId.toString(), changed ? "APPLIED" : "NO_CHANGE", null);
		return Map.of("status", "received");
	}

	/**
	 * Answers {@code success} as the wallet protocol expects, so the provider stops
	 * resending.
	 */
	@PostMapping(path = "/wallet", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Wallet asynchronous notification (signed form parameters)")
	String walletNotification(@RequestParam Map<String, String> notification) {
		guard.admit(address());
		String reference = notification.getOrDefault("out_trade_no", "");
		if (!wallet.verify(notification)) {
			reject(Provider.WALLET, reference, "BAD_SIGNATURE", "Signature missing or invalid");
			throw new InvalidInput("sign", "The notification is not signed by the wallet provider");
		}
		UUID referenceId;
		try {
			referenceId = UUID.fromString(reference);
		}
		catch (IllegalArgumentException e) {
			reject(Provider.WALLET, reference, "MALFORMED", "out_trade_no is not one of ours");
			throw new InvalidInput("out_trade_no", "out_trade_no must be the payment's reference id");
		}
		if (payments.byReferenceId(referenceId).isEmpty()) {
			reject(Provider.WALLET, reference, "UNKNOWN_REFERENCE", "No payment has this reference id");
			throw NotFound.of("Payment reference", referenceId);
		}
		// A valid signature is not proof enough (a leaked key would be enough to forge
		// one):
		// the notification only makes us ask the wallet for the trade's status, and that
		// answer is applied; a trade the wallet does not know changes nothing.
		boolean changed = payments.refresh(referenceId);
		record(Provider.WALLET, reference, changed ? "APPLIED" : "NO_CHANGE", notification.get("trade_status"));
		return "success";
	}

	private void reject(Provider provider, String reference, String outcome, String detail) {
		record(provider, reference, outcome, detail);
		guard.rejected(address(), provider, reference, outcome, detail);
	}

	private String address() {
		return request.getRemoteAddr();
	}

	@ExceptionHandler(CallbackRateLimited.class)
	ResponseEntity<ProblemDetail> tooMany(CallbackRateLimited e) {
		return ProblemJson.response(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", e.getMessage())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
			.build();
	}

	private void record(Provider provider, String reference, String outcome, @Nullable String detail) {
		callbacks.record(provider, reference, outcome, detail);
	}

}
