package org.isoko.payments.simulator;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.isoko.payments.PaymentsSettings;
import org.isoko.payments.ProviderAddresses;
import org.isoko.payments.ProviderHttp;
import org.isoko.payments.WalletApi;
import org.isoko.payments.WalletSignature;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * An in-process wallet provider at {@code /simulators/wallet} speaking the protocol of
 * {@link WalletApi}: signed {@code trade/precreate} and {@code trade/query} (a request
 * with a bad signature is refused with code 40002), a cashier page at
 * {@code /simulators/wallet/pay/{tradeNo}} (what the QR code and the redirect open) where
 * the buyer pays or cancels, and a notification signed with the test key, POSTed to
 * {@code notify_url} after either choice. Tests call {@link #pay} and {@link #cancel}
 * instead of clicking.
 * <p>
 * Refunds ({@code trade/refund}, {@code trade/fastpay/refund/query}) behave like
 * Alipay's: several partial refunds per paid trade, each under its own
 * {@code out_request_no}; the same number again answers the first result with
 * {@code fund_change} N and refunds nothing more; a refund above what the trade still
 * holds is refused ({@code ACQ.REASON_TRADE_REFUND_FEE_ERR}); a trade refunded in full is
 * closed. {@link #unavailable} makes every gateway call answer 503, to test outages.
 */
@RestController
@RequestMapping("/simulators/wallet")
@Conditional(SimulatorsEnabled.class)
public class WalletSimulator {

	private static final Logger LOG = LoggerFactory.getLogger(WalletSimulator.class);

	private final PaymentsSettings.Wallet settings;

	private final ProviderAddresses addresses;

	private final RestClient http;

	private final Clock clock;

	private final Map<String, Trade> trades = new ConcurrentHashMap<>();

	private volatile boolean unavailable;

	/**
	 * The HTTP status of calls while unavailable: 503 by default, 500 for a crashing
	 * gateway.
	 */
	private volatile int outage = 503;

	public WalletSimulator(PaymentsSettings settings, ProviderAddresses addresses, Clock clock) {
		this.settings = settings.wallet();
		this.addresses = addresses;
		this.http = ProviderHttp.client();
		this.clock = clock;
	}

	public static final class Trade {

		final String outTradeNo;

		final String tradeNo;

		final String amount;

		final String currency;

		final String notifyUrl;

		final @Nullable String returnUrl;

		public volatile String status = "WAIT_BUYER_PAY";

		/** Refunds by out_request_no, each with the answer it got first. */
		final Map<String, Map<String, String>> refunds = new LinkedHashMap<>();

		BigDecimal refunded = BigDecimal.ZERO;

		Trade(String outTradeNo, String amount, String currency, String notifyUrl, @Nullable String returnUrl) {
			this.returnUrl = returnUrl;
			this.outTradeNo = outTradeNo;
			this.tradeNo = "2026" + Math
				.abs(UUID.nameUUIDFromBytes(outTradeNo.getBytes()).getLeastSignificantBits() % 10_000_000_000L);
			this.amount = amount;
			this.currency = currency;
			this.notifyUrl = notifyUrl;
		}

	}

	@PostMapping(path = "/gateway/v1/trade/precreate", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	public ResponseEntity<Map<String, String>> precreate(@RequestParam Map<String, String> parameters) {
		return gateway(() -> precreateTrade(parameters));
	}

	private Map<String, String> precreateTrade(Map<String, String> parameters) {
		if (!signedByMerchant(parameters)) {
			return Map.of("code", "40002", "msg", "Invalid Arguments", "sub_code", "isv.invalid-signature");
		}
		String outTradeNo = parameters.getOrDefault("out_trade_no", "");
		String amount = parameters.getOrDefault("total_amount", "");
		if (outTradeNo.isEmpty() || !amount.matches("\\d+(\\.\\d{1,2})?")
				|| parameters.getOrDefault("notify_url", "").isEmpty()) {
			return Map.of("code", "40004", "msg", "Business Failed", "sub_code", "ACQ.INVALID_PARAMETER");
		}
		Trade trade = trades.computeIfAbsent(outTradeNo,
				no -> new Trade(no, amount, parameters.getOrDefault("currency", "CNY"), parameters.get("notify_url"),
						parameters.get("return_url")));
		String page = addresses.wallet() + "/pay/" + trade.outTradeNo;
		return Map.of("code", "10000", "msg", "Success", "out_trade_no", trade.outTradeNo, "qr_code", page,
				"redirect_url", page);
	}

	@PostMapping(path = "/gateway/v1/trade/query", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, String>> query(@RequestParam Map<String, String> parameters) {
		return gateway(() -> queryTrade(parameters));
	}

	private Map<String, String> queryTrade(Map<String, String> parameters) {
		return onTrade(parameters,
				trade -> Map.of("code", "10000", "msg", "Success", "out_trade_no", trade.outTradeNo, "trade_no",
						trade.tradeNo, "trade_status", trade.status, "total_amount", trade.amount, "currency",
						trade.currency));
	}

	@PostMapping(path = "/gateway/v1/trade/refund", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	public ResponseEntity<Map<String, String>> refund(@RequestParam Map<String, String> parameters) {
		return gateway(() -> refundTrade(parameters));
	}

	@PostMapping(path = "/gateway/v1/trade/fastpay/refund/query",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, String>> refundQuery(@RequestParam Map<String, String> parameters) {
		return gateway(() -> queryRefund(parameters));
	}

	/**
	 * {@code trade/refund}: one refund request, refused above what the trade still holds,
	 * idempotent per out_request_no.
	 */
	public Map<String, String> refundTrade(Map<String, String> parameters) {
		return onTrade(parameters, trade -> refundTrade(trade, parameters));
	}

	private Map<String, String> refundTrade(Trade trade, Map<String, String> parameters) {
		// Without out_request_no Alipay takes the trade number: one refund of the whole
		// trade.
		String requestNo = parameters.getOrDefault("out_request_no", trade.outTradeNo);
		String amount = parameters.getOrDefault("refund_amount", "");
		String currency = parameters.getOrDefault("refund_currency", trade.currency);
		synchronized (trade) {
			Map<String, String> first = trade.refunds.get(requestNo);
			if (first != null) {
				Map<String, String> replay = new LinkedHashMap<>(first);
				replay.put("fund_change", "N");
				return replay;
			}
			if (!amount.matches("\\d+(\\.\\d{1,2})?") || !currency.equals(trade.currency)) {
				return Map.of("code", "40004", "msg", "Business Failed", "sub_code", "ACQ.INVALID_PARAMETER");
			}
			if (!"TRADE_SUCCESS".equals(trade.status)) {
				return Map.of("code", "40004", "msg", "Business Failed", "sub_code", "ACQ.TRADE_STATUS_ERROR",
						"out_trade_no", trade.outTradeNo);
			}
			BigDecimal requested = new BigDecimal(amount);
			BigDecimal total = new BigDecimal(trade.amount);
			if (requested.signum() <= 0 || trade.refunded.add(requested).compareTo(total) > 0) {
				return Map.of("code", "40004", "msg", "Business Failed", "sub_code", "ACQ.REASON_TRADE_REFUND_FEE_ERR",
						"sub_msg", "refund amount above what the trade still holds", "out_trade_no", trade.outTradeNo,
						"refund_fee", trade.refunded.toPlainString());
			}
			trade.refunded = trade.refunded.add(requested);
			if (trade.refunded.compareTo(total) == 0) {
				trade.status = "TRADE_CLOSED"; // a trade refunded in full is closed, as
												// Alipay does
			}
			Map<String, String> answer = new LinkedHashMap<>();
			answer.put("code", "10000");
			answer.put("msg", "Success");
			answer.put("trade_no", trade.tradeNo);
			answer.put("out_trade_no", trade.outTradeNo);
			answer.put("buyer_logon_id", "buy***@isoko.demo");
			answer.put("fund_change", "Y");
			answer.put("refund_fee", trade.refunded.toPlainString());
			answer.put("gmt_refund_pay", WalletApi.TIMESTAMP.format(clock.instant()));
			answer.put("refund_amount", amount);
			answer.put("refund_currency", currency);
			trade.refunds.put(requestNo, Map.copyOf(answer));
			return answer;
		}
	}

	/**
	 * {@code trade/fastpay/refund/query}: answers without refund fields when the request
	 * number is unknown, as Alipay does.
	 */
	public Map<String, String> queryRefund(Map<String, String> parameters) {
		return onTrade(parameters, trade -> queryRefund(trade, parameters));
	}

	private Map<String, String> queryRefund(Trade trade, Map<String, String> parameters) {
		String requestNo = parameters.getOrDefault("out_request_no", trade.outTradeNo);
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("code", "10000");
		answer.put("msg", "Success");
		answer.put("trade_no", trade.tradeNo);
		answer.put("out_trade_no", trade.outTradeNo);
		synchronized (trade) {
			Map<String, String> refund = trade.refunds.get(requestNo);
			if (refund != null) {
				answer.put("out_request_no", requestNo);
				answer.put("total_amount", trade.amount);
				answer.put("refund_amount", refund.get("refund_amount"));
				answer.put("currency", refund.get("refund_currency"));
				answer.put("refund_status", "REFUND_SUCCESS");
				answer.put("gmt_refund_pay", refund.get("gmt_refund_pay"));
			}
		}
		return answer;
	}

	/**
	 * A call about an existing trade: refused, as Alipay does, when unsigned or when the
	 * trade is unknown.
	 */
	private Map<String, String> onTrade(Map<String, String> parameters,
			java.util.function.Function<Trade, Map<String, String>> call) {
		if (!signedByMerchant(parameters)) {
			return Map.of("code", "40002", "msg", "Invalid Arguments", "sub_code", "isv.invalid-signature");
		}
		Trade trade = trades.get(parameters.getOrDefault("out_trade_no", ""));
		if (trade == null) {
			return Map.of("code", "40004", "msg", "Business Failed", "sub_code", "ACQ.TRADE_NOT_EXIST");
		}
		return call.apply(trade);
	}

	/** Every gateway call answers 503 while the simulated provider is down. */
	private ResponseEntity<Map<String, String>> gateway(java.util.function.Supplier<Map<String, String>> call) {
		if (unavailable) {
			return ResponseEntity.status(outage)
				.body(Map.of("code", "20000", "msg", "Service Currently Unavailable", "sub_code", "isp.unknow-error"));
		}
		return ResponseEntity.ok(call.get());
	}

	/** Takes the simulated provider down (true) or brings it back (false). */
	public void unavailable(boolean down) {
		failing(down ? 503 : null);
	}

	/**
	 * Makes every gateway call answer {@code status} (500, 503), or brings the simulated
	 * gateway back (null): the fault switch of outage tests.
	 */
	public void failing(@Nullable Integer status) {
		if (status != null) {
			this.outage = status;
		}
		this.unavailable = status != null;
	}

	/** What the trade has refunded so far, in its currency's major units. */
	public BigDecimal refunded(String outTradeNo) {
		Trade trade = trades.get(outTradeNo);
		if (trade == null) {
			return BigDecimal.ZERO;
		}
		synchronized (trade) {
			return trade.refunded;
		}
	}

	/** How many distinct refund requests the trade received. */
	public int refundRequests(String outTradeNo) {
		Trade trade = trades.get(outTradeNo);
		if (trade == null) {
			return 0;
		}
		synchronized (trade) {
			return trade.refunds.size();
		}
	}

	/**
	 * The cashier page the QR code and the redirect lead to: phone-sized, in the buyer's
	 * language, styled as Isoko's pages (it is Isoko's simulator, and says so).
	 */
	@GetMapping(path = "/pay/{outTradeNo}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView cashier(@PathVariable String outTradeNo) {
		Trade trade = trades.get(outTradeNo);
		if (trade == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such wallet trade");
		}
		return page(trade, null);
	}

	/**
	 * Pays or cancels, then sends the buyer back to the order (the trade's return URL, on
	 * the host the buyer is on), as a real wallet does; without a return URL the page
	 * says what happened.
	 */
	@PostMapping(path = "/pay/{outTradeNo}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView choose(@PathVariable String outTradeNo, @RequestParam String action) {
		Trade trade = trades.get(outTradeNo);
		boolean known = "cancel".equals(action) ? cancel(outTradeNo) : pay(outTradeNo);
		if (!known || trade == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such wallet trade");
		}
		String back = addresses.forBuyer(trade.returnUrl);
		if (back != null) {
			RedirectView redirect = new RedirectView(back);
			redirect.setStatusCode(HttpStatus.SEE_OTHER);
			return new ModelAndView(redirect);
		}
		return page(trade, trade.status);
	}

	private ModelAndView page(Trade trade, @Nullable String done) {
		ModelAndView page = new ModelAndView("payments/wallet-cashier");
		page.addObject("outTradeNo", trade.outTradeNo);
		page.addObject("tradeNo", trade.tradeNo);
		page.addObject("status", trade.status);
		page.addObject("amount", trade.currency + " " + trade.amount);
		page.addObject("done", done);
		page.addObject("back", addresses.forBuyer(trade.returnUrl));
		return page;
	}

	public boolean pay(String outTradeNo) {
		return finish(outTradeNo, "TRADE_SUCCESS");
	}

	public boolean cancel(String outTradeNo) {
		return finish(outTradeNo, "TRADE_CLOSED");
	}

	private boolean finish(String outTradeNo, String status) {
		Trade trade = trades.get(outTradeNo);
		if (trade == null) {
			return false;
		}
		if ("WAIT_BUYER_PAY".equals(trade.status)) {
			trade.status = status;
		}
		notify(trade);
		return true;
	}

	/**
	 * The signed asynchronous notification, as the real provider sends it (form POST).
	 */
	public Map<String, String> notification(Trade trade) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("notify_id", UUID.randomUUID().toString());
		parameters.put("notify_time", WalletApi.TIMESTAMP.format(clock.instant()));
		parameters.put("notify_type", "trade_status_sync");
		parameters.put("app_id", settings.appId());
		parameters.put("out_trade_no", trade.outTradeNo);
		parameters.put("trade_no", trade.tradeNo);
		parameters.put("trade_status", trade.status);
		parameters.put("total_amount", trade.amount);
		parameters.put("currency", trade.currency);
		return WalletSignature.signed(parameters, settings.signingKey());
	}

	private void notify(Trade trade) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		notification(trade).forEach(form::add);
		try {
			http.post()
				.uri(trade.notifyUrl)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException e) {
			LOG.info("Wallet simulator: notification to {} failed ({})", trade.notifyUrl, e.getMessage());
		}
	}

	public Trade trade(String outTradeNo) {
		return trades.get(outTradeNo);
	}

	List<Trade> trades() {
		return List.copyOf(trades.values());
	}

	private boolean signedByMerchant(Map<String, String> parameters) {
		return settings.appId().equals(parameters.get("app_id"))
				&& WalletSignature.verify(parameters, settings.signingKey());
	}

}
