package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import com.jayway.jsonpath.JsonPath;

/**
 * A delivered order the buyer neither confirms nor disputes completes on its own after
 * the configured time (10 days), once; a buyer who confirms a carrier's delivery
 * completes it at once. The context is closed afterwards: the tests move its shared clock
 * ten days on, past the demo drops other tests expect live.
 */
@DirtiesContext
class DeliveryAutoCompletionIntegrationTests extends OrderingTestSupport {

	@Autowired
	OrderShipping shipping;

	@Autowired
	DeliveryAutoCompletion autoCompletion;

	@Test
	void aDeliveredOrderCompletesOnItsOwnAfterTenDays() throws Exception {
		OrderId order = deliveredByCarrier();
		clock.advance(Duration.ofDays(9));
		autoCompletion.completeDue();
		assertThat(statusOf(order)).isEqualTo("DELIVERED");
		clock.advance(Duration.ofDays(1).plusMinutes(1));
		autoCompletion.completeDue();
		autoCompletion.completeDue();
		assertThat(statusOf(order)).isEqualTo("COMPLETED");
		assertThat(jdbc.sql("SELECT reason FROM ordering_order_history WHERE order_id = :o AND to_status = 'COMPLETED'")
			.param("o", order.value())
			.query(String.class)
			.list()).singleElement().asString().contains("automatically");
	}

	@Test
	void theBuyerConfirmsACarriersDelivery() throws Exception {
		OrderId order = deliveredByCarrier();
		call(BUYER, post("/api/v1/orders/" + order + "/delivery-confirmation")).andExpect(status().isOk());
		assertThat(statusOf(order)).isEqualTo("COMPLETED");
		assertThat(shipping.deliveredByCarrier(order, "Late carrier", clock.instant())).isFalse();
	}

	private OrderId deliveredByCarrier() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String placed = place(BUYER, key(), order(line(lot, "1"))).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(placed, "$.id");
		pay(BUYER, id, key()).andExpect(status().isCreated());
		call(COOP, post("/api/v1/orders/" + id + "/acceptance")).andExpect(status().isOk());
		OrderId order = new OrderId(UUID.fromString(id));
		assertThat(shipping.handedToCarrier(order, "Isoko logistics (KGL)", "ISK-KGL-00000001-XX", "Agent",
				clock.instant()))
			.isTrue();
		assertThat(shipping.handedToCarrier(order, "Isoko logistics (KGL)", "ISK-KGL-00000001-XX", "Agent",
				clock.instant()))
			.isFalse();
		assertThat(shipping.deliveredByCarrier(order, "Hangzhou Last Mile (carrier)", clock.instant())).isTrue();
		return order;
	}

	private String statusOf(OrderId order) {
		return jdbc.sql("SELECT status FROM ordering_order WHERE id = :o")
			.param("o", order.value())
			.query(String.class)
			.single();
	}

}
