package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import java.util.UUID;

import org.isoko.channels.sms.SimulatedSmsGateway;
import org.isoko.channels.sms.SimulatedSmsGateway.DeliveryReport;
import org.isoko.channels.sms.SmsOutbox;
import org.isoko.channels.sms.SmsSender;
import org.isoko.identity.AuditTrail;
import org.isoko.shared.Msisdn;
import org.isoko.shared.PageOf;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * SMS notifications: written to the outbox after the order committed, sent once, opted
 * out of.
 */
class SmsIntegrationTests extends UssdTestSupport {

	@Autowired
	SmsSender sender;

	@Autowired
	AuditTrail audit;

	@Autowired
	SmsOutbox outbox;

	@Autowired
	SimulatedSmsGateway gateway;

	@Autowired
	SmsOutboxLookups sms;

	@Test
	void aPaidOrderTellsTheSellerBySmsOnceInTheirLanguage() throws Exception {
		setNotifications(true);
		Order order = paidOrder();
		String key = "order-paid:" + order.id();
		String message = sms.awaitMessage(key).message();
		// The cooperative's seller reads Kinyarwanda.
		assertThat(message).matches("Isoko: icyatumijwe cyishyuwe cya [0-9.]+ [A-Z]{3} kiragutegereje\\..*");
		assertThat(outbox.enqueue(Msisdn.of(COOP_PHONE), message, "ORDER_WAITING", key)).isEmpty();

		sender.sendDue();
		sender.sendDue();
		// Sent once: one claim (attempt), one message at the gateway with the id it gave.
		var row = jdbc
			.sql("SELECT status, attempts, provider_message_id FROM channels_sms_outbox WHERE dedup_key = :key")
			.param("key", key)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
		assertThat(row.subList(0, 2)).containsExactly("SENT", "1");
		assertThat(gateway.sentTo(Msisdn.of(COOP_PHONE)).stream().filter(m -> m.messageId().equals(row.get(2))))
			.hasSize(1);

		String operator = "operator.kigali@isoko.demo";
		mvc.perform(get("/operator/sms?lang=en").session(SignIn.session(mvc, operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Order waiting")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("+250788***200")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(message))));
	}

	@Test
	void deliveryReportsReachTheMessageOnceAndALateOneDoesNotUndoTheFinalState() throws Exception {
		String key = "delivery-report-test:" + UUID.randomUUID();
		outbox.enqueue(Msisdn.of(COOP_PHONE), "Isoko: test of delivery reports", "ORDER_WAITING", key);
		sender.sendDue();
		// The scheduled sender may have taken it first: wait for its message id.
		String messageId = null;
		for (int i = 0; i < 200 && messageId == null; i++) {
			messageId = jdbc.sql("SELECT provider_message_id FROM channels_sms_outbox WHERE dedup_key = :key")
				.param("key", key)
				.query((rs, n) -> rs.getString(1))
				.single();
			if (messageId == null) {
				Thread.sleep(50);
			}
		}
		assertThat(messageId).isNotNull();
		String sentId = messageId;
		// What the simulated network reports for it, as Africa's Talking posts it.
		List<DeliveryReport> reports = gateway.takeReports().stream().filter(r -> r.id().equals(sentId)).toList();
		assertThat(reports).extracting(DeliveryReport::status).containsExactly("Submitted", "Success");
		for (DeliveryReport report : reports) {
			postReport(report).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("RECORDED"));
		}
		assertThat(delivery(key)).containsExactly("Success", "2");

		// Posted again (the provider did not see our 200): nothing changes.
		postReport(reports.get(1)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
		// A late intermediate report is kept in the history but does not undo delivery.
		postReport(new DeliveryReport(sentId, "Buffered", COOP_PHONE, "63510", "", 0)).andExpect(status().isOk());
		assertThat(delivery(key)).containsExactly("Success", "3");

		mvc.perform(get("/operator/sms?lang=en").session(SignIn.session(mvc, "operator.kigali@isoko.demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("delivered to the phone")));
	}

	@Test
	void aDeliveryReportWithAnUnknownStatusIsRefusedWithAProblem() throws Exception {
		postReport(new DeliveryReport("ATXid_unknown", "Delivered", COOP_PHONE, "63510", "", 0))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM channels_sms_delivery_report WHERE provider_message_id = 'ATXid_unknown'")
			.query(Long.class)
			.single()).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions postReport(DeliveryReport report) throws Exception {
		return mvc.perform(post("/api/v1/sms/delivery-reports").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("id", report.id())
			.param("status", report.status())
			.param("phoneNumber", report.phoneNumber())
			.param("networkCode", report.networkCode())
			.param("failureReason", report.failureReason())
			.param("retryCount", Integer.toString(report.retryCount())));
	}

	/** The row's delivery state and how many reports were received for it. */
	private List<String> delivery(String key) {
		return jdbc
			.sql("""
					SELECT o.delivery_status, (SELECT COUNT(*) FROM channels_sms_delivery_report r
					WHERE r.provider_message_id = o.provider_message_id) FROM channels_sms_outbox o WHERE o.dedup_key = :key""")
			.param("key", key)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.single();
	}

	@Test
	void aSellerWhoOptedOutGetsNoNotification() throws Exception {
		setNotifications(false);
		mvc.perform(SignIn.bearer(get("/api/v1/me/sms-notifications"), sellerToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		try {
			Order order = paidOrder();
			sms.awaitListeners("SmsNotifications");
			assertThat(sms.messages("order-paid:" + order.id())).isZero();
		}
		finally {
			setNotifications(true);
		}
	}

	/** Every state change recorded: turning SMS off and on, once each, by the user. */
	@Test
	void turningNotificationsOffAndOnIsAuditedOnceEach() throws Exception {
		long offBefore = audited("SMS_NOTIFICATIONS_OFF");
		long onBefore = audited("SMS_NOTIFICATIONS_ON");
		try {
			setNotifications(false);
			setNotifications(false);
			assertThat(audited("SMS_NOTIFICATIONS_OFF")).isEqualTo(offBefore + 1);
		}
		finally {
			setNotifications(true);
			setNotifications(true);
		}
		assertThat(audited("SMS_NOTIFICATIONS_ON")).isEqualTo(onBefore + 1);
		assertThat(audit.entries("SMS_NOTIFICATIONS_ON", new PageOf.PageRequest(0, 100)).items())
			.anySatisfy(e -> assertThat(e.actor()).isEqualTo(COOP_SELLER));
	}

	private long audited(String action) {
		return audit.entries(action, new PageOf.PageRequest(0, 1)).totalItems();
	}

	@Test
	void aNonBooleanChoiceIsRefused() throws Exception {
		mvc.perform(
				SignIn.bearer(put("/api/v1/me/sms-notifications").contentType(MediaType.APPLICATION_JSON).content("{}"),
						sellerToken()))
			.andExpect(status().isBadRequest());
	}

	private void setNotifications(boolean enabled) throws Exception {
		mvc.perform(SignIn.bearer(put("/api/v1/me/sms-notifications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"enabled\":" + enabled + "}"), sellerToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(enabled));
	}

}
