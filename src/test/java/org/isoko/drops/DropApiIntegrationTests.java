package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/**
 * Drops through the API: scheduling, the time window, ordering, replays, the cap, sold
 * out, expiry and closing.
 */
class DropApiIntegrationTests extends DropTestSupport {

	@Autowired
	DropClosing closing;

	@Test
	void schedulingSetsTheDropsUnitsAsideFromTheLot() throws Exception {
		LotFixtures.Lot lot = coffee(100);
		Instant start = clock.instant().plus(Duration.ofHours(2));
		String body = schedule(OPERATOR, dropJson("Launch", lot, 40, 2, start, start.plus(Duration.ofHours(3))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.remaining").value(40))
			.andExpect(jsonPath("$.phase").value("UPCOMING"))
			.andExpect(jsonPath("$.secondsUntilStart").value(7200))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(available(lot)).isEqualTo(60);
		String id = JsonPath.read(body, "$.id");
		mvc.perform(get("/api/v1/drops/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Launch"))
			.andExpect(jsonPath("$.corridors[0]").value(lot.corridor().toString()));
		mvc.perform(get("/api/v1/drops"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
	}

	@Test
	void ordersBeforeTheStartAreRefusedWithTheOpeningTime() throws Exception {
		String drop = drop(coffee(10), 10, 2, Duration.ofMinutes(30));
		orderFromDrop(BUYER, drop, key(), 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("has not started")))
			.andExpect(jsonPath("$.detail").value(containsString("30 min")));
		assertThat(remaining(drop)).isEqualTo(10);
		assertThat(held(drop)).isZero();
	}

	@Test
	void aLiveDropTakesAnOrderAndAReplayedKeyAnswersTheSameOrder() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String drop = drop(lot, 6, 2, Duration.ofMinutes(5));
		clock.advance(Duration.ofMinutes(5));
		String key = key();
		String body = orderFromDrop(BUYER, drop, key, 2).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PLACED"))
			.andExpect(jsonPath("$.lines[0].quantity").value(2))
			.andExpect(jsonPath("$.lines[0].lotId").value(lot.id().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String order = JsonPath.read(body, "$.id");
		orderFromDrop(BUYER, drop, key, 2).andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(order));
		orderFromDrop(BUYER, drop, key, 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("different request")));
		assertThat(remaining(drop)).isEqualTo(4);
		assertThat(available(lot)).isEqualTo(4); // the drop's 6 were set aside when it
													// was scheduled; the order took from
													// the drop
		assertThat(held(drop)).isEqualTo(2);
		// A drop order reads back through the regular order store like any order, and is
		// paid like any order.
		call(BUYER, get("/api/v1/orders/" + order)).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].quantity").value(2))
			.andExpect(jsonPath("$.timeline[0].to").value("PLACED"));
		pay(BUYER, order, key()).andExpect(status().isCreated());
		call(BUYER, get("/api/v1/orders/" + order)).andExpect(jsonPath("$.status").value("PAID"));
	}

	@Test
	void theCapCountsTheWholeBuyerOrganisationWhateverTheToken() throws Exception {
		String drop = drop(coffee(20), 20, 3, Duration.ZERO);
		String colleague = colleagueToken(BUYER);
		orderFromDrop(BUYER, drop, key(), 2).andExpect(status().isCreated());
		orderFromDropWithToken(colleague, drop, key(), 2).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Limit reached")))
			.andExpect(jsonPath("$.detail").value(containsString("holds 2")));
		orderFromDropWithToken(colleague, drop, key(), 1).andExpect(status().isCreated());
		orderFromDrop(BUYER, drop, key(), 1).andExpect(status().isConflict());
		orderFromDrop(BUYER, drop, key(), 4).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"));
		orderFromDrop(OTHER_BUYER, drop, key(), 3).andExpect(status().isCreated());
		assertThat(allocation(drop, BUYER)).isEqualTo(3);
		assertThat(held(drop)).isEqualTo(6);
		assertThat(remaining(drop)).isEqualTo(14);
	}

	@Test
	void theLastUnitsGoToWhoeverFitsAndThenItIsSoldOut() throws Exception {
		String drop = drop(coffee(3), 3, 2, Duration.ZERO);
		orderFromDrop(BUYER, drop, key(), 2).andExpect(status().isCreated());
		orderFromDrop(OTHER_BUYER, drop, key(), 2).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Only 1 unit(s)")));
		orderFromDrop(OTHER_BUYER, drop, key(), 1).andExpect(status().isCreated());
		orderFromDrop(KENYAN_BUYER, drop, key(), 1).andExpect(status().isBadRequest()); // the
																						// drop
																						// is
																						// not
																						// offered
																						// to
																						// Kenya
		String late = key();
		orderFromDrop(OTHER_BUYER, drop, late, 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Sold out")));
		assertThat(remaining(drop)).isZero();
		assertThat(held(drop)).isEqualTo(3);
		assertThat(allocation(drop, OTHER_BUYER)).isEqualTo(1); // the refused requests
																// gave their allowance
																// back
		mvc.perform(get("/api/v1/drops/" + drop)).andExpect(jsonPath("$.phase").value("SOLD_OUT"));
	}

	@Test
	void unpaidReservationsExpireAndTheirUnitsReturnToTheDropAndTheAllowance() throws Exception {
		LotFixtures.Lot lot = coffee(5);
		String drop = drop(lot, 2, 2, Duration.ZERO);
		String order = JsonPath.read(orderFromDrop(BUYER, drop, key(), 2).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		assertThat(remaining(drop)).isZero();
		clock.advance(Duration.ofMinutes(16));
		expireDue(); // or the scheduled run did: the state is checked
		call(BUYER, get("/api/v1/orders/" + order)).andExpect(jsonPath("$.status").value("EXPIRED"));
		assertThat(remaining(drop)).isEqualTo(2);
		assertThat(allocation(drop, BUYER)).isZero();
		assertThat(available(lot)).isEqualTo(3); // the lot is untouched: the units went
													// back to the drop
		// At once: nothing answers "sold out" from memory, so units that came back are
		// sold to the very next request.
		orderFromDrop(BUYER, drop, key(), 2).andExpect(status().isCreated());
	}

	@Test
	void aCancelledDropOrderGivesItsUnitsBackToTheDrop() throws Exception {
		String drop = drop(coffee(5), 3, 3, Duration.ZERO);
		String order = JsonPath
			.read(orderFromDrop(BUYER, drop, key(), 3).andReturn().getResponse().getContentAsString(), "$.id");
		call(BUYER, post("/api/v1/orders/" + order + "/cancellation"), "{\"reason\":\"changed my mind\"}")
			.andExpect(status().isOk());
		assertThat(remaining(drop)).isEqualTo(3);
		assertThat(allocation(drop, BUYER)).isZero();
	}

	@Test
	void whenTheDropEndsOrdersAreRefusedAndItsLeftoverGoesBackToTheLot() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String drop = drop(lot, 8, 2, Duration.ZERO);
		String order = JsonPath
			.read(orderFromDrop(BUYER, drop, key(), 2).andReturn().getResponse().getContentAsString(), "$.id");
		assertThat(available(lot)).isEqualTo(2);
		clock.advance(Duration.ofDays(1));
		orderFromDrop(OTHER_BUYER, drop, key(), 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("has ended")));
		closing.closeDue(); // or the scheduled run did: the state is checked
		assertThat(remaining(drop)).isZero();
		assertThat(available(lot)).isEqualTo(8);
		mvc.perform(get("/api/v1/drops/" + drop))
			.andExpect(jsonPath("$.phase").value("ENDED"))
			.andExpect(jsonPath("$.returnedToLot").value(6));
		// The unpaid order expires after the close: its units go to the lot, the drop
		// closed for good.
		expireDue(); // or the scheduled run did: the state is checked
		call(BUYER, get("/api/v1/orders/" + order)).andExpect(jsonPath("$.status").value("EXPIRED"));
		assertThat(available(lot)).isEqualTo(10);
		assertThat(remaining(drop)).isZero();
		assertThat(closing.closeDue()).isZero();
	}

	@Test
	void orderingNeedsABuyerAKeyAndAnAddress() throws Exception {
		String drop = drop(coffee(5), 5, 2, Duration.ZERO);
		orderFromDrop(COOP, drop, key(), 1).andExpect(status().isForbidden());
		call(BUYER, post("/api/v1/drops/" + drop + "/orders"), "{\"quantity\":1,\"deliveryAddress\":" + ADDRESS + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		call(BUYER, post("/api/v1/drops/" + drop + "/orders").header("Idempotency-Key", key()), "{\"quantity\":1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deliveryAddress"));
		orderFromDrop(BUYER, drop, key(), 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"));
		orderFromDrop(BUYER, UUID.randomUUID().toString(), key(), 1).andExpect(status().isNotFound());
		assertThat(remaining(drop)).isEqualTo(5);
		assertThat(held(drop)).isZero();
	}

}
