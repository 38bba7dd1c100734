package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The messages given up on, for the hub operators: a hub operator lists and sends again
 * only their hub's (the declaration's destination hub), an admin every hub's, one page at
 * a time.
 */
class StuckDeclarationsIntegrationTests extends CustomsTestSupport {

	static final String OPERATOR = "operator.hangzhou@isoko.demo";

	static final String KIGALI_OPERATOR = "operator.kigali@isoko.demo";

	static final String ADMIN = "admin@isoko.demo";

	@Test
	void aHubOperatorSeesAndSendsAgainTheirHubsMessagesAnotherHubsOperatorNoneAndAnAdminAll() throws Exception {
		String hangzhouOrder = releasedOrder();
		String nairobiOrder = releasedOrder();
		// Given up on (as after an outage), the second declared for Nairobi's hub.
		jdbc.sql("UPDATE customs_declaration SET destination_hub = 'NBO' WHERE order_id = :o")
			.param("o", UUID.fromString(nairobiOrder))
			.update();
		jdbc.sql("""
				UPDATE customs_outbox SET status = 'GAVE_UP', attempts = 8, last_error = '503'
				WHERE declaration_id IN (SELECT id FROM customs_declaration WHERE order_id IN (:orders))""")
			.param("orders", List.of(UUID.fromString(hangzhouOrder), UUID.fromString(nairobiOrder)))
			.update();
		String hangzhouNo = orderNo(hangzhouOrder);
		String nairobiNo = orderNo(nairobiOrder);
		long hangzhou = givenUp("HGH");
		long all = givenUp(null);
		assertThat(hangzhou).isGreaterThanOrEqualTo(4).isLessThan(all);

		assertThat(orderNos(OPERATOR, 100)).hasSize((int) hangzhou).contains(hangzhouNo).doesNotContain(nairobiNo);
		call(OPERATOR, get("/api/v1/customs-outbox/given-up")).andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.totalItems").value(hangzhou))
			.andExpect(jsonPath("$.items[0].destinationHub").value("HGH"));
		call(KIGALI_OPERATOR, get("/api/v1/customs-outbox/given-up")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.totalItems").value(0))
			.andExpect(jsonPath("$.totalPages").value(0));
		assertThat(orderNos(ADMIN, 100)).hasSize((int) all).contains(hangzhouNo, nairobiNo);
		call(ADMIN, get("/api/v1/customs-outbox/given-up?size=1&page=1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.totalItems").value(all))
			.andExpect(jsonPath("$.totalPages").value(all));
		assertThat(guids(ADMIN, 1)).doesNotHaveDuplicates().hasSize((int) all);
		call(OPERATOR, get("/api/v1/customs-outbox/given-up?size=101")).andExpect(status().isBadRequest());

		// Sending again: another hub's operator sends nothing; Hangzhou's its own only.
		call(KIGALI_OPERATOR, post("/api/v1/customs-outbox/given-up/retry")).andExpect(status().isOk())
			.andExpect(jsonPath("$.requeued").value(0));
		assertThat(givenUp(null)).isEqualTo(all);
		call(OPERATOR, post("/api/v1/customs-outbox/given-up/retry")).andExpect(status().isOk())
			.andExpect(jsonPath("$.requeued").value(hangzhou));
		assertThat(givenUp("HGH")).isZero();
		assertThat(givenUp(null)).isEqualTo(all - hangzhou);
		call(ADMIN, post("/api/v1/customs-outbox/given-up/retry")).andExpect(status().isOk())
			.andExpect(jsonPath("$.requeued").value(all - hangzhou));
		assertThat(givenUp(null)).isZero();
	}

	/**
	 * How many messages are given up on, of one destination hub's declarations or all.
	 */
	private long givenUp(String hub) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE o.status = 'GAVE_UP' AND (:all = TRUE OR d.destination_hub = :hub)""")
			.param("all", hub == null)
			.param("hub", hub == null ? "" : hub)
			.query(Long.class)
			.single();
	}

	private List<String> orderNos(String user, int size) throws Exception {
		return everyPage(user, "/api/v1/customs-outbox/given-up", size, "$.items[*].orderNo");
	}

	private List<String> guids(String user, int size) throws Exception {
		return everyPage(user, "/api/v1/customs-outbox/given-up", size, "$.items[*].guid");
	}

}
