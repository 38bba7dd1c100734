package org.isoko.customs;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.support.CrossBorderOrders;
import org.isoko.support.CrossBorderTestSupport;
import org.isoko.support.LotFixtures;
import org.springframework.test.context.TestPropertySource;

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

	/**
	 * An order of {@code bags} 1 kg bags (1.05 kg gross) of the cooperative, paid and
	 * accepted.
	 */
	String acceptedOrder(int bags) throws Exception {
		return acceptedOrder(LotFixtures.COOPERATIVE, COOP, bags);
	}

	/** An order whose parcel customs held: weighed 3.1 kg at intake, 2.1 kg declared. */
	String heldOrder() throws Exception {
		String order = acceptedOrder(2);
		String waybill = waybillOf(order);
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":3100}")
			.andExpect(status().isOk());
		call(HANGZHOU, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"ARRIVED_AT_DESTINATION\"}")
			.andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> "HELD".equals(declarationStatus(order)));
		return order;
	}

	String declarationOf(String order) {
		return jdbc.sql("SELECT id FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();
	}

}
