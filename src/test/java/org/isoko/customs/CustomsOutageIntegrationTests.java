package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * China customs goes down during a stream of declarations: first it answers 503 (nothing
 * taken), then it takes messages without answering (Isoko cannot know, and sends them
 * again), then it is back. Isoko retries with back-off; afterwards every declaration was
 * declared exactly once (four messages with customs, one decision, one release) and
 * cleared, and the receipts delivered again change nothing.
 */
class CustomsOutageIntegrationTests extends CustomsTestSupport {

	@Autowired
	CustomsReceipts receipts;

	@Autowired
	MutableClock clock;

	@AfterEach
	void customsBack() {
		simulator.outage(ChinaCustomsSimulator.Outage.NONE);
	}

	@Test
	void anOutageDuringAStreamOfDeclarationsEndsWithEachDeclaredOnceAndCleared() throws Exception {
		outage("DOWN");
		mvc.perform(get("/simulators/china-customs/outage")).andExpect(jsonPath("$.mode").value("DOWN"));
		List<String> orders = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			orders.add(arrivedOrder());
		}
		// Declared, but customs takes nothing: attempts grow, with back-off.
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> orders.stream().allMatch(this::declared));
		awaitAdvancing(Duration.ofSeconds(30), () -> minAttempts(orders) >= 2);
		assertThat(messagesWithCustoms(orders)).isZero();
		assertThat(lastErrors(orders)).allMatch(e -> e.contains("503"));

		// Customs takes the messages but does not answer: Isoko sends them again.
		outage("NO_ANSWER");
		for (int i = 0; i < 2; i++) {
			orders.add(arrivedOrder());
		}
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> orders.stream().allMatch(this::declared));
		awaitAdvancing(Duration.ofSeconds(60),
				() -> messagesWithCustoms(orders) == 4L * orders.size() && resent(orders) > 0);

		// Back: everything goes through.
		outage("NONE");
		orders.add(arrivedOrder());
		awaitAdvancing(Duration.ofSeconds(90), () -> orders.stream().allMatch(o -> "CLEARED".equals(orderStatus(o))));

		for (String order : orders) {
			String orderNo = orderNo(order);
			assertThat(count("SELECT COUNT(*) FROM customs_sim_message WHERE order_no = :k", orderNo))
				.as("messages customs kept for %s", orderNo)
				.isEqualTo(4);
			assertThat(count("SELECT COUNT(*) FROM customs_sim_decision WHERE order_no = :k", orderNo)).isEqualTo(1);
			assertThat(
					count("""
							SELECT COUNT(*) FROM customs_declaration_event e JOIN customs_declaration d ON d.id = e.declaration_id
							WHERE d.order_no = :k AND e.status = 'RELEASED'""",
							orderNo))
				.isEqualTo(1);
			assertThat(count("""
					SELECT COUNT(*) FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
					WHERE d.order_no = :k AND o.status NOT IN ('SENT', 'ACKNOWLEDGED')""", orderNo)).isZero();
		}
		for (String receipt : simulator.sentReceipts()) {
			assertThat(receipts.receive(receipt)).isIn(CustomsReceipts.Outcome.DUPLICATE,
					CustomsReceipts.Outcome.UNKNOWN_DECLARATION);
		}
		assertThat(orders.stream().filter(o -> "CLEARED".equals(orderStatus(o)))).hasSize(orders.size());
	}

	@Test
	void theOutageSwitchRefusesAnUnknownMode() throws Exception {
		mvc.perform(put("/simulators/china-customs/outage").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		call(OFFICER, get("/api/v1/customs-outbox/given-up")).andExpect(status().isForbidden());
		call("operator.hangzhou@isoko.demo", get("/api/v1/customs-outbox/given-up")).andExpect(status().isOk());
	}

	/**
	 * Waits while the test clock runs ten times faster (the outbox's back-off is on the
	 * application's clock, which stands still in tests unless moved).
	 */
	private void awaitAdvancing(Duration atMost, java.util.concurrent.Callable<Boolean> done) {
		Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
			clock.advance(Duration.ofSeconds(2));
			return done.call();
		});
	}

	private void outage(String mode) throws Exception {
		mvc.perform(put("/simulators/china-customs/outage").contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"" + mode + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mode").value(mode));
	}

	private boolean declared(String order) {
		return declarationStatus(order) != null;
	}

	private long count(String sql, String key) {
		return jdbc.sql(sql).param("k", key).query(Long.class).single();
	}

	private long messagesWithCustoms(List<String> orders) {
		return orders.stream()
			.filter(this::declared)
			.mapToLong(o -> count("SELECT COUNT(*) FROM customs_sim_message WHERE order_no = :k", orderNo(o)))
			.sum();
	}

	private int minAttempts(List<String> orders) {
		return jdbc.sql("""
				SELECT MIN(o.attempts) FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders)""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** Messages sent more than once (taken by customs, no answer heard). */
	private long resent(List<String> orders) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders) AND o.attempts > 1 AND o.last_error LIKE '%did not answer%'""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(Long.class)
			.single();
	}

	private List<String> lastErrors(List<String> orders) {
		return jdbc.sql("""
				SELECT o.last_error FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders)""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(String.class)
			.list();
	}

}
