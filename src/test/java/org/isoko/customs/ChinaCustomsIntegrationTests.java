package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.support.SignIn;
import org.isoko.support.TokenCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.context.TestPropertySource;

import com.jayway.jsonpath.JsonPath;

/**
 * A cross-border retail parcel KGL→HGH through China's customs (the simulator, answering
 * at once): arrived at Hangzhou it is declared with its four signed messages, the order
 * goes IN_CUSTOMS, the receipts release it (CLEARED) and delivery goes on (DELIVERED); a
 * parcel weighed much heavier than declared is held with the failing check and cannot go
 * out for delivery; receipts sent again change nothing; a tampered message is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = "isoko.customs.china.declare=true")
class ChinaCustomsIntegrationTests {

	static final String BUYER = "buyer.cn@isoko.demo";

	static final String COOP = "seller.coop@isoko.demo";

	static final String KIGALI = "logistics.kigali@isoko.demo";

	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomsReceipts receipts;

	@Autowired
	ChinaCustomsSimulator simulator;

	private final TokenCache tokens = new TokenCache();

	@Test
	void aCrossBorderParcelIsDeclaredReleasedAndDelivered() throws Exception {
		String order = acceptedOrder(2); // 2.1 kg declared
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":2150}")
			.andExpect(status().isOk());
		assertThat(orderStatus(order)).isEqualTo("SHIPPED");
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"ARRIVED_AT_DESTINATION\"}")
			.andExpect(status().isOk());

		awaitOrder(order, "CLEARED");
		assertThat(orderHistory(order)).containsSubsequence("SHIPPED", "IN_CUSTOMS", "CLEARED");
		assertThat(declarationStatus(order)).isEqualTo("RELEASED");
		// The release names customs' inventory number: the tax bill reference, on the
		// declaration and as the reason of the order's CLEARED change.
		String taxBill = jdbc.sql("SELECT tax_bill_ref FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		assertThat(taxBill).matches("2991\\d{4}I\\d{9}");
		assertThat(jdbc.sql("SELECT reason FROM ordering_order_history WHERE order_id = :o AND to_status = 'CLEARED'")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single()).isEqualTo(taxBill);
		assertThat(jdbc.sql("""
				SELECT message_type FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id = :o AND o.status = 'ACKNOWLEDGED' ORDER BY seq""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.list()).containsExactly("CEB311", "CEB411", "CEB511", "CEB621");
		String orderNo = jdbc.sql("SELECT order_no FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customs_sim_message WHERE order_no = :n")
			.param("n", orderNo)
			.query(Long.class)
			.single()).isEqualTo(4);
		call(BUYER, get("/api/v1/parcels/" + waybill))
			.andExpect(jsonPath("$.parcel.status").value("RELEASED_BY_CUSTOMS"))
			.andExpect(jsonPath("$.timeline[3].milestone").value("HANDED_TO_CUSTOMS"))
			.andExpect(jsonPath("$.timeline[4].milestone").value("RELEASED_BY_CUSTOMS"));

		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"OUT_FOR_DELIVERY\"}")
			.andExpect(status().isOk());
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"DELIVERED\"}")
			.andExpect(status().isOk());
		assertThat(orderStatus(order)).isEqualTo("DELIVERED");

		// Every receipt the simulator sent, delivered again: nothing changes.
		List<String> sent = simulator.sentReceipts();
		assertThat(sent).isNotEmpty();
		for (String receipt : sent) {
			assertThat(receipts.receive(receipt)).isEqualTo(CustomsReceipts.Outcome.DUPLICATE);
		}
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM customs_declaration_event e JOIN customs_declaration d ON d.id = e.declaration_id
				WHERE d.order_id = :o AND e.status = 'RELEASED'""")
			.param("o", UUID.fromString(order))
			.query(Long.class)
			.single()).isEqualTo(1);
		call(BUYER, get("/api/v1/parcels/" + waybill)).andExpect(jsonPath("$.timeline.length()").value(7));
		assertThat(orderStatus(order)).isEqualTo("DELIVERED");
	}

	@Test
	void aWaybillWeightThatDisagreesWithTheDeclarationIsHeld() throws Exception {
		String order = acceptedOrder(2); // 2.1 kg declared
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":3100}")
			.andExpect(status().isOk());
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"ARRIVED_AT_DESTINATION\"}")
			.andExpect(status().isOk());

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "HELD".equals(declarationStatus(order)));
		assertThat(orderStatus(order)).isEqualTo("IN_CUSTOMS");
		assertThat(jdbc.sql("SELECT reason FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single()).contains("WEIGHT CEB511.weight").contains("3.100 kg").doesNotContain("ORDER_NUMBER");
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"OUT_FOR_DELIVERY\"}")
			.andExpect(status().isConflict());
		call(BUYER, get("/api/v1/parcels/" + waybill))
			.andExpect(jsonPath("$.parcel.status").value("HANDED_TO_CUSTOMS"));
	}

	@Test
	void theSimulatorRefusesATamperedMessageAndTakesAResentOneOnce() throws Exception {
		String order = acceptedOrder(1);
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":1050}")
			.andExpect(status().isOk());
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"ARRIVED_AT_DESTINATION\"}")
			.andExpect(status().isOk());
		awaitOrder(order, "CLEARED");
		String body = jdbc.sql("""
				SELECT o.body FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id = :o AND o.message_type = 'CEB511'""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		mvc.perform(post("/simulators/china-customs/ceb/messages").contentType(MediaType.APPLICATION_XML)
			.content(body.replace("<ceb:weight>1.050</ceb:weight>", "<ceb:weight>9.050</ceb:weight>")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/simulators/china-customs/ceb/messages").contentType(MediaType.APPLICATION_XML).content(body))
			.andExpect(status().isAccepted());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customs_sim_message WHERE body = :b")
			.param("b", body)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(orderStatus(order)).isEqualTo("CLEARED");
	}

	// ---- support

	ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(SignIn.bearer(request, tokens.of(mvc, email)));
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return call(email, request.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** An order of {@code bags} 1 kg bags (1.05 kg gross) KGL→HGH, paid and accepted. */
	String acceptedOrder(int bags) throws Exception {
		LotFixtures.Lot lot = LotFixtures.smallBags(jdbc, LotFixtures.COOPERATIVE, "KGL", "HGH", 100, 15_000, 1);
		jdbc.sql("DELETE FROM trade_cbec_quota_use").update();
		jdbc.sql("DELETE FROM trade_cbec_quota").update();
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":%d}],
				 "deliveryAddress":{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
			.formatted(lot.id(), lot.corridor(), bags);
		String placed = call(BUYER, post("/api/v1/orders").header("Idempotency-Key", UUID.randomUUID().toString()),
				body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String order = JsonPath.read(placed, "$.id");
		call(BUYER,
				post("/api/v1/orders/" + order + "/payments").header("Idempotency-Key", UUID.randomUUID().toString()),
				"{\"provider\":\"DEMO\"}")
			.andExpect(status().is2xxSuccessful());
		call(COOP, post("/api/v1/orders/" + order + "/acceptance")).andExpect(status().isOk());
		return order;
	}

	String waybillOf(String order) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("SELECT waybill FROM logistics_parcel WHERE order_id = :o")
				.param("o", UUID.fromString(order))
				.query(String.class)
				.optional()
				.orElse(null), w -> w != null);
	}

	void awaitOrder(String order, String status) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(orderStatus(order)));
	}

	String orderStatus(String order) {
		return jdbc.sql("SELECT status FROM ordering_order WHERE id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
	}

	List<String> orderHistory(String order) {
		return jdbc.sql("SELECT to_status FROM ordering_order_history WHERE order_id = :o ORDER BY seq")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.list();
	}

	String declarationStatus(String order) {
		return jdbc.sql("SELECT status FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
