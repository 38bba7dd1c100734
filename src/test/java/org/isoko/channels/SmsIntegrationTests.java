package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.isoko.channels.sms.SimulatedSmsGateway;
import org.isoko.channels.sms.SmsOutbox;
import org.isoko.channels.sms.SmsSender;
import org.isoko.shared.Msisdn;
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
	SmsOutbox outbox;

	@Autowired
	SimulatedSmsGateway gateway;

	@Test
	void aPaidOrderTellsTheSellerBySmsOnceInTheirLanguage() throws Exception {
		setNotifications(true);
		Order order = paidOrder();
		String key = "order-paid:" + order.id();
		String message = awaitMessage(key).orElseThrow(() -> new AssertionError("no SMS for " + key));
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
	void aSellerWhoOptedOutGetsNoNotification() throws Exception {
		setNotifications(false);
		mvc.perform(SignIn.bearer(get("/api/v1/me/sms-notifications"), sellerToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		try {
			Order order = paidOrder();
			awaitListeners();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM channels_sms_outbox WHERE dedup_key = :key")
				.param("key", "order-paid:" + order.id())
				.query(Long.class)
				.single()).isZero();
		}
		finally {
			setNotifications(true);
		}
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

	private Optional<String> awaitMessage(String key) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			Optional<String> message = jdbc.sql("SELECT message FROM channels_sms_outbox WHERE dedup_key = :key")
				.param("key", key)
				.query(String.class)
				.optional();
			if (message.isPresent()) {
				return message;
			}
			Thread.sleep(100);
		}
		return Optional.empty();
	}

	/** Waits until the SMS listener has handled every event published so far. */
	private void awaitListeners() throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			long open = jdbc.sql("""
					SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL
					AND listener_id LIKE '%SmsNotifications%'""").query(Long.class).single();
			if (open == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the SMS listener did not finish");
	}

}
