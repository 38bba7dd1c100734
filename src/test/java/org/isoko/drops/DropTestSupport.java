package org.isoko.drops;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.isoko.ordering.OrderingTestSupport;
import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Drops on top of {@link OrderingTestSupport}: scheduling through the API as the Kigali
 * operator, ordering, counting.
 */
abstract class DropTestSupport extends OrderingTestSupport {

	static final String OPERATOR = "operator.kigali@isoko.demo";
	static final String OTHER_OPERATOR = "operator.hangzhou@isoko.demo";
	static final String ADDRESS = """
			{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}""";

	static String dropJson(String title, LotFixtures.Lot lot, int quantity, int cap, Instant startsAt, Instant endsAt,
			String... corridors) {
		String list = corridors.length == 0 ? "\"" + lot.corridor() + "\""
				: "\"" + String.join("\",\"", corridors) + "\"";
		return """
				{"title":"%s","lotId":"%s","quantity":%d,"perBuyerCap":%d,"startsAt":"%s","endsAt":"%s","corridors":[%s]}"""
			.formatted(title, lot.id(), quantity, cap, startsAt, endsAt, list);
	}

	ResultActions schedule(String operator, String json) throws Exception {
		return call(operator, post("/api/v1/drops"), json);
	}

	/**
	 * A drop of {@code quantity} units of the lot on its corridor, starting at
	 * {@code startsIn} from the test clock, for a day.
	 */
	String drop(LotFixtures.Lot lot, int quantity, int cap, Duration startsIn) throws Exception {
		Instant start = clock.instant().plus(startsIn);
		String body = schedule(OPERATOR,
				dropJson("Drop " + UUID.randomUUID().toString().substring(0, 6), lot, quantity, cap, start,
						start.plus(Duration.ofDays(1))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	ResultActions orderFromDrop(String email, String drop, String key, int quantity) throws Exception {
		return orderFromDropWithToken(token(email), drop, key, quantity);
	}

	/**
	 * A drop order through the API; when it is answered asynchronously (its claim waited
	 * for a batch), the answer, once written (the request leaves asynchronous mode when
	 * its answer is complete).
	 */
	ResultActions orderFromDropWithToken(String token, String drop, String key, int quantity) throws Exception {
		ResultActions sent = mvc.perform(org.isoko.support.SignIn.bearer(post("/api/v1/drops/" + drop + "/orders")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key)
			.content("{\"quantity\":" + quantity + ",\"deliveryAddress\":" + ADDRESS + "}"), token));
		MvcResult started = sent.andReturn();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> !started.getRequest().isAsyncStarted());
		return sent;
	}

	int remaining(String drop) {
		return jdbc.sql("SELECT remaining FROM ordering_drop WHERE id = :id")
			.param("id", UUID.fromString(drop))
			.query(Integer.class)
			.single();
	}

	int held(String drop) {
		return jdbc
			.sql("""
					SELECT COALESCE(SUM(d.quantity), 0) FROM ordering_drop_order d JOIN ordering_order o ON o.id = d.order_id
					WHERE d.drop_id = :id AND o.status IN ('PLACED', 'PAID', 'ACCEPTED', 'SHIPPED', 'IN_CUSTOMS', 'CLEARED', 'DELIVERED', 'COMPLETED')""")
			.param("id", UUID.fromString(drop))
			.query(Integer.class)
			.single();
	}

	int allocation(String drop, String email) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(units), 0) FROM ordering_drop_allocation
				WHERE drop_id = :id AND buyer_organisation_id = :organisation""")
			.param("id", UUID.fromString(drop))
			.param("organisation", userDirectory.findByEmail(email).orElseThrow().organisationId().value())
			.query(Integer.class)
			.single();
	}

	/**
	 * Another user of the same organisation as {@code email}, with an API token of its
	 * own: "several sessions or tokens".
	 */
	String colleagueToken(String email) {
		return BuyerFixtures.colleague(jdbc, BuyerFixtures.organisationOf(jdbc, email));
	}

}
