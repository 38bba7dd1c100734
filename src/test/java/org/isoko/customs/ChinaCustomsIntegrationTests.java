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
import org.isoko.customs.ceb.CebXml;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A cross-border retail parcel KGL→HGH through China's customs (the simulator, answering
 * at once): arrived at Hangzhou it is declared with its four signed messages, the order
 * goes IN_CUSTOMS (the documents kept unsigned, each message signed as it is sent), the
 * receipts release it (CLEARED) and delivery goes on (DELIVERED); a parcel weighed much
 * heavier than declared is held with the failing check and cannot go out for delivery;
 * receipts sent again change nothing; a tampered message is refused.
 */
class ChinaCustomsIntegrationTests extends CustomsTestSupport {

	@Autowired
	CustomsReceipts receipts;

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
		// (The tax bill's line that follows is CLEARED -> CLEARED.)
		assertThat(jdbc.sql("""
				SELECT reason FROM ordering_order_history
				WHERE order_id = :o AND from_status = 'IN_CUSTOMS' AND to_status = 'CLEARED'""")
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
		String order = arrivedOrder(2, 3100); // 2.1 kg declared
		String waybill = waybillOf(order);

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
		String order = releasedOrder();
		// The message as it was sent (signed by the outbox; the outbox keeps it
		// unsigned).
		String body = jdbc.sql("""
				SELECT s.body FROM customs_sim_message s JOIN customs_outbox o ON o.guid = s.guid
				JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id = :o AND o.message_type = 'CEB511'""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		// Declared unsigned, signed once at sending: the stored document is the one sent,
		// but for the signature.
		String stored = jdbc.sql("""
				SELECT o.body FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id = :o AND o.message_type = 'CEB511'""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("SignatureValue").contains("<ceb:weight>1.050</ceb:weight>");
		assertThat(body).contains("SignatureValue");
		assertThat(CebXml.read(body)).isEqualTo(CebXml.read(stored));
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

}
