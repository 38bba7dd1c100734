package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isoko.payments.simulator.WalletSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The wallet's refund protocol, as the simulator speaks it and the adapter reads it:
 * several partial refunds per paid trade, each under its own out_request_no; a repeated
 * out_request_no answers the first result with fund_change N and refunds nothing more; a
 * refund above what the trade still holds is refused with a sub_code.
 */
class WalletRefundProtocolUnitTests {

	static final String KEY = "unit-test-signing-key";

	WalletSimulator simulator;

	String trade;

	@BeforeEach
	void aPaidTradeOf100Yuan() {
		PaymentsSettings settings = new PaymentsSettings(new BigDecimal("0.05"), new BigDecimal("0.01"),
				Duration.ofDays(60), "", new PaymentsSettings.Momo("", "sandbox", "u", "k", "c", "d", List.of("RWF")),
				new PaymentsSettings.Wallet("", "isoko-demo-app", KEY, List.of("CNY")),
				new PaymentsSettings.Poll(Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofSeconds(30), 50),
				false);
		simulator = new WalletSimulator(settings, new ProviderAddresses(settings, new MockEnvironment()),
				Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
		trade = UUID.randomUUID().toString();
		Map<String, String> precreate = signed(Map.of("out_trade_no", trade, "total_amount", "100.00", "currency",
				"CNY", "notify_url", "http://127.0.0.1:9/nobody-listens"));
		assertThat(simulator.precreate(precreate).getBody()).containsEntry("code", "10000");
		assertThat(simulator.pay(trade)).isTrue();
	}

	Map<String, String> refund(String requestNo, String amount) {
		return simulator.refundTrade(signed(Map.of("out_trade_no", trade, "out_request_no", requestNo, "refund_amount",
				amount, "refund_currency", "CNY", "refund_reason", "damaged bag")));
	}

	static Map<String, String> signed(Map<String, String> parameters) {
		Map<String, String> all = new LinkedHashMap<>(parameters);
		all.put("app_id", "isoko-demo-app");
		all.put("timestamp", "2026-11-29 10:00:00");
		return WalletSignature.signed(all, KEY);
	}

	@Test
	void partialRefundsAddUpUntilTheTradeIsRefundedInFullAndThenItIsClosed() {
		assertThat(refund("r-1", "30.00")).containsEntry("code", "10000")
			.containsEntry("fund_change", "Y")
			.containsEntry("refund_fee", "30.00");
		assertThat(refund("r-2", "70.00")).containsEntry("code", "10000")
			.containsEntry("fund_change", "Y")
			.containsEntry("refund_fee", "100.00");

		assertThat(simulator.refunded(trade)).isEqualByComparingTo("100.00");
		assertThat(simulator.trade(trade).status).isEqualTo("TRADE_CLOSED");
		assertThat(refund("r-3", "0.01")).containsEntry("code", "40004")
			.containsEntry("sub_code", "ACQ.TRADE_STATUS_ERROR");
	}

	@Test
	void aRepeatedRequestNumberAnswersTheFirstResultAndRefundsNothingMore() {
		Map<String, String> first = refund("r-1", "40.00");
		Map<String, String> again = refund("r-1", "40.00");

		assertThat(again).containsEntry("code", "10000")
			.containsEntry("fund_change", "N")
			.containsEntry("refund_fee", "40.00")
			.containsEntry("trade_no", first.get("trade_no"))
			.containsEntry("gmt_refund_pay", first.get("gmt_refund_pay"));
		assertThat(simulator.refunded(trade)).isEqualByComparingTo("40.00");
		assertThat(simulator.refundRequests(trade)).isEqualTo(1);
	}

	@Test
	void aRefundAboveWhatTheTradeStillHoldsIsRefusedWithASubCodeAndRefundsNothing() {
		refund("r-1", "60.00");

		assertThat(refund("r-2", "40.01")).containsEntry("code", "40004")
			.containsEntry("sub_code", "ACQ.REASON_TRADE_REFUND_FEE_ERR");
		assertThat(refund("r-3", "0")).containsEntry("sub_code", "ACQ.REASON_TRADE_REFUND_FEE_ERR");
		assertThat(refund("r-4", "1.005")).containsEntry("sub_code", "ACQ.INVALID_PARAMETER");
		assertThat(simulator.refunded(trade)).isEqualByComparingTo("60.00");
		// A refused request number is not taken: the same number may come back with an
		// amount that fits.
		assertThat(refund("r-2", "40.00")).containsEntry("fund_change", "Y");
	}

	@Test
	void unsignedOrForeignRequestsAreRefusedAndUnknownTradesAreReported() {
		Map<String, String> forged = new LinkedHashMap<>(
				signed(Map.of("out_trade_no", trade, "out_request_no", "r-1", "refund_amount", "1.00")));
		forged.put("refund_amount", "100.00");
		assertThat(simulator.refundTrade(forged)).containsEntry("code", "40002");
		assertThat(simulator
			.refundTrade(signed(Map.of("out_trade_no", "nope", "out_request_no", "r-1", "refund_amount", "1.00"))))
			.containsEntry("sub_code", "ACQ.TRADE_NOT_EXIST");
		assertThat(simulator.refunded(trade)).isZero();
	}

	@Test
	void theRefundQueryKnowsOnlyTheRequestsTheProviderReceived() {
		refund("r-1", "25.50");

		Map<String, String> known = simulator
			.queryRefund(signed(Map.of("out_trade_no", trade, "out_request_no", "r-1")));
		Map<String, String> unknown = simulator
			.queryRefund(signed(Map.of("out_trade_no", trade, "out_request_no", "r-2")));

		assertThat(WalletApi.toRefundStatus(known.get("refund_status"), known.get("trade_no"),
				known.get("refund_amount"), known.get("currency")))
			.hasValueSatisfying(status -> {
				assertThat(status.state()).isEqualTo(ProviderStatus.State.SUCCESSFUL);
				assertThat(status.amount()).isEqualTo("25.50");
			});
		assertThat(unknown).containsEntry("code", "10000").doesNotContainKey("refund_amount");
		assertThat(WalletApi.toRefundStatus(unknown.get("refund_status"), unknown.get("trade_no"),
				unknown.get("refund_amount"), null))
			.isEmpty();
	}

	@Test
	void anOutageAnswers503SoThatTheAdapterKeepsTheRequestForLater() {
		simulator.unavailable(true);
		assertThat(simulator
			.refund(signed(Map.of("out_trade_no", trade, "out_request_no", "r-1", "refund_amount", "1.00")))
			.getStatusCode()
			.value()).isEqualTo(503);
		simulator.unavailable(false);
		assertThat(simulator
			.refund(signed(Map.of("out_trade_no", trade, "out_request_no", "r-1", "refund_amount", "1.00")))
			.getBody()).containsEntry("fund_change", "Y");
	}

}
