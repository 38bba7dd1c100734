package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

class OrderApiIntegrationTests extends OrderingTestSupport {

	@Test
	void placesAnOrderWithAPriceSnapshotAndReservesItsStock() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		place(BUYER, key(), order(line(lot, "3"))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PLACED"))
			.andExpect(jsonPath("$.number").value(containsString("ISK-")))
			.andExpect(jsonPath("$.lines[0].quantity").value(3))
			.andExpect(jsonPath("$.lines[0].unitPriceSeller.minorUnits").value(15000))
			.andExpect(jsonPath("$.lines[0].unitPriceSeller.currency").value("RWF"))
			.andExpect(jsonPath("$.lines[0].lineTotalSeller.minorUnits").value(45000))
			.andExpect(jsonPath("$.lines[0].lineTotal.currency").value("CNY"))
			.andExpect(jsonPath("$.lines[0].hsCode").value("0901.11"))
			.andExpect(jsonPath("$.totals.total.currency").value("CNY"))
			.andExpect(jsonPath("$.totals.pricing").value("LANDED_COST"))
			.andExpect(jsonPath("$.regime").value("CROSS_BORDER_ECOMMERCE_RETAIL"))
			// A consumer in China, within the cross-border retail limits (demo rates: 1
			// CNY = 208.93 RWF, 1 USD = 7.0950 CNY;
			// freight KGL→HGH USD 4.50/kg, at least USD 50, insurance 0.5 %; China VAT 13
			// % at 70 %, no tariff):
			// goods = 3 × RWF 15,000 = RWF 45,000 ÷ 208.93 = CNY 215.38 (215.3831…)
			// freight = max(USD 50, 4.50 × 3 × 1.05 kg = USD 14.175) = USD 50 × 7.095 =
			// CNY 354.75
			// insurance = 0.5 % × (215.38 + 354.75 = 570.13) = CNY 2.85 (2.85065)
			// customs value (CIF) = 215.38 + 354.75 + 2.85 = CNY 572.98
			// VAT = 13 % × 0.70 = 9.1 % × 572.98 = CNY 52.14 (52.14118)
			// total = 572.98 + 0 duty + 52.14 = CNY 625.12
			.andExpect(jsonPath("$.totals.goods.minorUnits").value(21538))
			.andExpect(jsonPath("$.totals.freight.minorUnits").value(35475))
			.andExpect(jsonPath("$.totals.insurance.minorUnits").value(285))
			.andExpect(jsonPath("$.totals.duty.minorUnits").value(0))
			.andExpect(jsonPath("$.totals.taxes.minorUnits").value(5214))
			.andExpect(jsonPath("$.totals.fees.minorUnits").value(0))
			.andExpect(jsonPath("$.totals.total.minorUnits").value(62512))
			.andExpect(jsonPath("$.lines[0].total.minorUnits").value(62512))
			.andExpect(jsonPath("$.quote.totals.total.minorUnits").value(62512))
			.andExpect(jsonPath("$.quote.regime").value("CROSS_BORDER_ECOMMERCE_RETAIL"))
			.andExpect(jsonPath("$.totals.note").value(containsString("Landed cost")))
			.andExpect(jsonPath("$.fx[0].from").value("RWF"))
			.andExpect(jsonPath("$.fx[0].to").value("CNY"))
			.andExpect(jsonPath("$.deliveryAddress.country").value("CN"))
			.andExpect(jsonPath("$.timeline", hasSize(1)))
			.andExpect(jsonPath("$.timeline[0].to").value("PLACED"))
			.andExpect(jsonPath("$.expiresAt").exists());
		assertThat(available(lot)).isEqualTo(7);
	}

	@Test
	void aReplayedKeyReturnsTheSameOrderAndReservesOnce() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String key = key();
		String first = place(BUYER, key, order(line(lot, "2"))).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long orders = count("ordering_order");

		place(BUYER, key, order(line(lot, "2"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(JsonPath.<String>read(first, "$.id")));

		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(lot)).isEqualTo(8);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String key = key();
		place(BUYER, key, order(line(lot, "2"))).andExpect(status().isCreated());
		long orders = count("ordering_order");

		place(BUYER, key, order(line(lot, "5"))).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("already used for a different request")));

		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(lot)).isEqualTo(8);
	}

	@Test
	void concurrentReplaysOfOneKeyCreateOneOrder() throws Exception {
		LotFixtures.Lot lot = coffee(50);
		String key = key();
		String body = order(line(lot, "1"));
		String token = token(BUYER);
		long orders = count("ordering_order");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<MvcResult>> calls = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			calls.add(() -> mvc.perform(org.isoko.support.SignIn.bearer(
					post("/api/v1/orders").header("Idempotency-Key", key).contentType("application/json").content(body),
					token))
				.andReturn());
		}
		Set<String> ids = new HashSet<>();
		int inProgress = 0;
		for (Future<MvcResult> result : pool.invokeAll(calls)) {
			MvcResult response = result.get();
			int status = response.getResponse().getStatus();
			if (status == 409) {
				assertThat(response.getResponse().getContentAsString()).contains("still being processed");
				inProgress++;
				continue;
			}
			assertThat(status).isIn(200, 201);
			ids.add(JsonPath.read(response.getResponse().getContentAsString(), "$.id"));
		}
		pool.shutdown();
		assertThat(ids).hasSize(1);
		assertThat(inProgress).isLessThan(16);
		assertThat(count("ordering_order")).isEqualTo(orders + 1);
		assertThat(available(lot)).isEqualTo(49);
	}

	@Test
	void refusesAMissingIdempotencyKeyNamingTheHeader() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		long orders = count("ordering_order");
		place(BUYER, null, order(line(lot, "1"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(lot)).isEqualTo(10);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "1.5", "\"two\"", "null" })
	void refusesQuantitiesThatAreNotWholePositiveNumbers(String quantity) throws Exception {
		LotFixtures.Lot lot = coffee(10);
		long orders = count("ordering_order");
		place(BUYER, key(), order(line(lot, quantity))).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value(containsString("quantity")));
		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(lot)).isEqualTo(10);
	}

	@Test
	void refusesLessThanTheMinimumOrderQuantity() throws Exception {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 100, 15_000, 5);
		place(BUYER, key(), order(line(lot, "4"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
			.andExpect(jsonPath("$.detail").value(containsString("minimum order quantity")));
		assertThat(available(lot)).isEqualTo(100);
	}

	@Test
	void refusesLotsOfTwoSellersInOneOrder() throws Exception {
		LotFixtures.Lot coop = coffee(10);
		LotFixtures.Lot roaster = lotFixtures.lot(LotFixtures.ROASTER, "KGL", "HGH", 10, 9_000, 1);
		long orders = count("ordering_order");
		place(BUYER, key(), order(line(coop, "1"), line(roaster, "1"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines"))
			.andExpect(jsonPath("$.detail").value(containsString("one seller")));
		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(coop)).isEqualTo(10);
		assertThat(available(roaster)).isEqualTo(10);
	}

	@Test
	void refusesACorridorTheLotIsNotListedOn() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String body = order("{\"lotId\":\"%s\",\"corridorId\":\"%s\",\"quantity\":1}".formatted(lot.id(),
				lotFixtures.corridor("KGL", "NBO")));
		place(BUYER, key(), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].corridorId"))
			.andExpect(jsonPath("$.detail").value(containsString("not offered on corridor KGL→NBO")));
		assertThat(available(lot)).isEqualTo(10);
	}

	@Test
	void refusesAPausedListing() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		lotFixtures.pause(lot);
		place(BUYER, key(), order(line(lot, "1"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("paused")));
		assertThat(available(lot)).isEqualTo(10);
	}

	@Test
	void refusesMoreThanIsLeftNamingTheLotAndWhatIsLeft() throws Exception {
		LotFixtures.Lot lot = coffee(3);
		long orders = count("ordering_order");
		place(BUYER, key(), order(line(lot, "4"))).andExpect(status().isConflict())
			.andExpect(
					jsonPath("$.detail").value(containsString("only 3 unit(s) of lot " + lot.reference() + " left")));
		place(BUYER, key(), order(line(lot, "3"))).andExpect(status().isCreated());
		place(BUYER, key(), order(line(lot, "1"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Sold out")));
		assertThat(count("ordering_order")).isEqualTo(orders + 1);
		assertThat(available(lot)).isZero();
	}

	@Test
	void refusesUnknownIds() throws Exception {
		String body = order("{\"lotId\":\"%s\",\"corridorId\":\"%s\",\"quantity\":1}".formatted(UUID.randomUUID(),
				lotFixtures.corridor("KGL", "HGH")));
		place(BUYER, key(), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].lotId"));
		call(BUYER, get("/api/v1/orders/" + UUID.randomUUID())).andExpect(status().isNotFound());
		call(BUYER, get("/api/v1/orders/not-an-id")).andExpect(status().isBadRequest());
		call(COOP, post("/api/v1/orders/" + UUID.randomUUID() + "/acceptance")).andExpect(status().isNotFound());
	}

	@Test
	void refusesHugePages() throws Exception {
		call(BUYER, get("/api/v1/orders?size=1000")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		call(BUYER, get("/api/v1/orders?page=-1")).andExpect(status().isBadRequest());
	}

	@Test
	void refusesAnIncompleteDeliveryAddress() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String body = """
				{"lines":[%s],"deliveryAddress":{"name":"Li Wei","phone":"12","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
			.formatted(line(lot, "1"));
		place(BUYER, key(), body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deliveryAddress.phone"));
		String elsewhere = body.replace("\"phone\":\"12\"", "\"phone\":\"+8613800138000\",\"country\":\"KE\"");
		place(BUYER, key(), elsewhere).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deliveryAddress.country"));
		assertThat(available(lot)).isEqualTo(10);
	}

	/**
	 * The 201 answers the order as written, not read back: the lines read back (one
	 * multi-row INSERT with positional parameters) must be the same, column for column.
	 */
	@Test
	void theLinesOfAnOrderReadBackAsTheyWereAnswered() throws Exception {
		LotFixtures.Lot first = coffee(10);
		LotFixtures.Lot second = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 10, 21_000, 1);
		LotFixtures.Lot third = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 10, 9_500, 1);
		String placed = place(BUYER, key(), order(line(first, "1"), line(second, "3"), line(third, "2")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(placed, "$.id");

		String shown = call(BUYER, get("/api/v1/orders/" + id)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<Object> lines = JsonPath.read(placed, "$.lines");
		assertThat(lines).hasSize(3);
		assertThat(JsonPath.<List<Object>>read(shown, "$.lines")).isEqualTo(lines);
		assertThat(JsonPath.<Integer>read(shown, "$.lines[1].quantity")).isEqualTo(3);
	}

	@Test
	void followsAnOrderFromPlacedToCompleted() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String id = JsonPath
			.read(place(BUYER, key(), order(line(lot, "2"))).andReturn().getResponse().getContentAsString(), "$.id");

		pay(BUYER, id, key()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PAID"))
			.andExpect(jsonPath("$.payment.status").value("SUCCESSFUL"))
			.andExpect(jsonPath("$.payment.nextAction").value("NONE"));
		call(COOP, post("/api/v1/orders/" + id + "/acceptance")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		call(COOP, post("/api/v1/orders/" + id + "/shipment"),
				"{\"carrier\":\"RwandAir Cargo\",\"trackingNumber\":\"WB-1\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SHIPPED"))
			.andExpect(jsonPath("$.shipment.trackingNumber").value("WB-1"));
		call(BUYER, post("/api/v1/orders/" + id + "/delivery-confirmation")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.timeline", hasSize(6)))
			.andExpect(jsonPath("$.timeline[4].to").value("DELIVERED"))
			.andExpect(jsonPath("$.timeline[2].actor").value(containsString("Abahuzamugambi")));
		assertThat(available(lot)).isEqualTo(8);
	}

	@Test
	void replayingAPaymentKeyPaysOnce() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String id = JsonPath
			.read(place(BUYER, key(), order(line(lot, "1"))).andReturn().getResponse().getContentAsString(), "$.id");
		String key = key();
		pay(BUYER, id, key).andExpect(status().isCreated());
		pay(BUYER, id, key).andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.status").value("PAID"));
		pay(BUYER, id, key()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is PAID")));
		assertThat(jdbc.sql(
				"SELECT COUNT(*) FROM ordering_order_history WHERE order_id = CAST(:id AS UUID) AND to_status = 'PAID'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void illegalTransitionsAreRefusedNamingTheCurrentState() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String id = JsonPath
			.read(place(BUYER, key(), order(line(lot, "1"))).andReturn().getResponse().getContentAsString(), "$.id");
		call(COOP, post("/api/v1/orders/" + id + "/acceptance")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is PLACED")));
		call(BUYER, post("/api/v1/orders/" + id + "/delivery-confirmation")).andExpect(status().isConflict());
		call(BUYER, get("/api/v1/orders/" + id)).andExpect(jsonPath("$.status").value("PLACED"));
	}

	@Test
	void declineReturnsTheStock() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String id = JsonPath
			.read(place(BUYER, key(), order(line(lot, "4"))).andReturn().getResponse().getContentAsString(), "$.id");
		pay(BUYER, id, key());
		assertThat(available(lot)).isEqualTo(6);
		call(COOP, post("/api/v1/orders/" + id + "/decline"), "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		call(COOP, post("/api/v1/orders/" + id + "/decline"), "{\"reason\":\"Harvest damaged by rain\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"))
			.andExpect(jsonPath("$.timeline[2].reason").value("Harvest damaged by rain"));
		assertThat(available(lot)).isEqualTo(10);
	}

	@Test
	void buyerCancellationReturnsTheStockAndIsRefusedOnceAccepted() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String id = JsonPath
			.read(place(BUYER, key(), order(line(lot, "4"))).andReturn().getResponse().getContentAsString(), "$.id");
		call(BUYER, post("/api/v1/orders/" + id + "/cancellation"), "{\"reason\":\"Ordered twice\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		assertThat(available(lot)).isEqualTo(10);

		String accepted = JsonPath
			.read(place(BUYER, key(), order(line(lot, "1"))).andReturn().getResponse().getContentAsString(), "$.id");
		pay(BUYER, accepted, key());
		call(COOP, post("/api/v1/orders/" + accepted + "/acceptance")).andExpect(status().isOk());
		call(BUYER, post("/api/v1/orders/" + accepted + "/cancellation"), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is ACCEPTED")));
		assertThat(available(lot)).isEqualTo(9);
	}

	@Test
	void ordersAreVisibleOnlyToThoseEntitled() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String id = JsonPath
			.read(place(BUYER, key(), order(line(lot, "1"))).andReturn().getResponse().getContentAsString(), "$.id");
		pay(BUYER, id, key());

		call(OTHER_BUYER, get("/api/v1/orders/" + id)).andExpect(status().isNotFound());
		call(SME, get("/api/v1/orders/" + id)).andExpect(status().isNotFound());
		call(SME, post("/api/v1/orders/" + id + "/acceptance")).andExpect(status().isNotFound());
		call(BUYER, post("/api/v1/orders/" + id + "/shipment"), "{\"carrier\":\"x\",\"trackingNumber\":\"y\"}")
			.andExpect(status().isForbidden());
		call(OTHER_BUYER, post("/api/v1/orders/" + id + "/cancellation"), "{}").andExpect(status().isNotFound());
		call(COOP, get("/api/v1/orders/" + id)).andExpect(status().isOk());
		call("operator.hangzhou@isoko.demo", get("/api/v1/orders/" + id)).andExpect(status().isOk());
		call("operator.kigali@isoko.demo", get("/api/v1/orders/" + id)).andExpect(status().isOk());
		call("admin@isoko.demo", get("/api/v1/orders/" + id)).andExpect(status().isOk());
		call(BUYER, get("/api/v1/orders/" + id)).andExpect(jsonPath("$.status").value("PAID"));

		String mine = call(OTHER_BUYER, get("/api/v1/orders?size=100")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).doesNotContain(id);
		call(BUYER, get("/api/v1/orders?status=PAID&size=100"))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
		call(COOP, get("/api/v1/orders?size=100")).andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
		call(SME, get("/api/v1/orders?size=100"))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
	}

	@Test
	void anUnpaidOrderExpiresAndReleasesItsStock() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String id = JsonPath
			.read(place(BUYER, key(), order(line(lot, "3"))).andReturn().getResponse().getContentAsString(), "$.id");
		assertThat(available(lot)).isEqualTo(7);

		clock.advance(Duration.ofMinutes(16));
		pay(BUYER, id, key()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("expired")));
		expiry.expireDue(); // or the scheduled run did: the state is checked

		assertThat(available(lot)).isEqualTo(10);
		call(BUYER, get("/api/v1/orders/" + id)).andExpect(jsonPath("$.status").value("EXPIRED"))
			.andExpect(jsonPath("$.timeline[1].actor").value(containsString("system")));
		pay(BUYER, id, key()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("is EXPIRED")));
		assertThat(expiry.expireDue()).isZero();
		assertThat(available(lot)).isEqualTo(10);
	}

	@Test
	void aBuyerOnlyOrdersOnCorridorsToTheirCountry() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		place(KENYAN_BUYER, key(), order(line(lot, "1").replace("Hangzhou", "Nairobi")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("delivers to CN")));
		assertThat(available(lot)).isEqualTo(10);
	}

}
