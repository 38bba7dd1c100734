package org.isoko.customs;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.customs.ceb.CebBatch;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.ceb.CebXml;
import org.isoko.support.CrossBorderOrders;
import org.isoko.support.CrossBorderTestSupport;
import org.isoko.support.LotFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole application with China's customs in the path (the simulator answering at
 * once) and the demo users: the customs integration tests share this context, and the
 * order helpers of {@link CrossBorderOrders}.
 */
@TestPropertySource(properties = "isoko.customs.china.declare=true")
abstract class CustomsTestSupport extends CrossBorderTestSupport {

	static final String BUYER = CrossBorderOrders.BUYER;

	static final String COOP = "seller.coop@isoko.demo";

	static final String SME = "seller.sme@isoko.demo";

	static final String KIGALI = "logistics.kigali@isoko.demo";

	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";

	static final String OFFICER = "customs.hangzhou@isoko.demo";

	static final String KIGALI_OFFICER = "customs.kigali@isoko.demo";

	/** The envelope's sender and receiver of the messages the tests sign. */
	static final CebXml.Transfer TRANSFER = new CebXml.Transfer("ISOKO00001", "Isoko eWTP hub", "DXPENT0000000001");

	@Autowired
	ChinaCustomsSimulator simulator;

	@Autowired
	CustomsKeys keys;

	/** {@code batch} as Isoko sends it to China's customs: signed with Isoko's key. */
	String signedByIsoko(CebBatch batch) {
		return CebSignature.sign(CebXml.write(batch, TRANSFER), keys.signing());
	}

	/**
	 * {@code batch} as China's customs sends it back: signed with the simulator's key.
	 */
	String signedByCustoms(CebBatch batch) {
		ChinaCustomsSimulator target = AopTestUtils.getTargetObject(simulator);
		KeyPair customs = (KeyPair) ReflectionTestUtils.getField(target, "keys");
		return CebSignature.sign(CebXml.write(batch, TRANSFER), customs);
	}

	/**
	 * An order of {@code bags} 1 kg bags (1.05 kg gross) of the cooperative, paid and
	 * accepted.
	 */
	String acceptedOrder(int bags) throws Exception {
		return acceptedOrder(LotFixtures.COOPERATIVE, COOP, bags);
	}

	/**
	 * An order of {@code bags} bags of the cooperative, weighed {@code measuredGrams} at
	 * Kigali's intake and arrived at Hangzhou: declared to China's customs.
	 */
	String arrivedOrder(int bags, long measuredGrams) throws Exception {
		String order = acceptedOrder(bags);
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":" + measuredGrams + "}")
			.andExpect(status().isOk());
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"ARRIVED_AT_DESTINATION\"}")
			.andExpect(status().isOk());
		return order;
	}

	/** An order of one bag, weighed as declared, arrived at Hangzhou. */
	String arrivedOrder() throws Exception {
		return arrivedOrder(1, 1050);
	}

	/**
	 * An order of one bag, weighed as declared, arrived and released by customs
	 * (CLEARED).
	 */
	String releasedOrder() throws Exception {
		String order = arrivedOrder();
		awaitOrder(order, "CLEARED");
		return order;
	}

	/** An order whose parcel customs held: weighed 3.1 kg at intake, 2.1 kg declared. */
	String heldOrder() throws Exception {
		String order = arrivedOrder(2, 3100);
		Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> "HELD".equals(declarationStatus(order)));
		return order;
	}

	/** The order number the order was declared under. */
	String orderNo(String order) {
		return jdbc.sql("SELECT order_no FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
	}

	/**
	 * The reasons of the order's declaration's history (message keys mostly), oldest
	 * first.
	 */
	List<String> declarationReasons(String order) {
		return jdbc.sql("""
				SELECT e.reason FROM customs_declaration_event e JOIN customs_declaration d ON d.id = e.declaration_id
				WHERE d.order_id = :o AND e.reason IS NOT NULL ORDER BY e.occurred_at, e.id""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.list();
	}

	/**
	 * A field of every item a paginated list answers the user ({@code path}, e.g.
	 * {@code $.items[*].guid}), page after page of {@code size}.
	 */
	List<String> everyPage(String user, String url, int size, String path) throws Exception {
		List<String> values = new ArrayList<>();
		for (int page = 0;; page++) {
			String body = call(user, get(url + (url.contains("?") ? "&" : "?") + "size=" + size + "&page=" + page))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			values.addAll(JsonPath.<List<String>>read(body, path));
			if (page + 1 >= JsonPath.<Integer>read(body, "$.totalPages")) {
				return values;
			}
		}
	}

	String declarationOf(String order) {
		return jdbc.sql("SELECT id FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
	}

}
