package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.shared.Money;
import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

/**
 * Drop orders of consumers in China obey the cross-border retail limits as checkout does
 * (RMB 5,000 per order unless one indivisible item, RMB 26,000 per buyer per year):
 * counted with the order, refused with the limit named and nothing changed, given back
 * when the order expires or is cancelled. Each test has fresh buyers of its own.
 */
class DropCrossBorderIntegrationTests extends DropTestSupport {

	/**
	 * 60 kg bags at RWF 15,000: about CNY 2,013 each delivered (freight is most of it),
	 * so three pass RMB 5,000.
	 */
	LotFixtures.Lot sixtyKiloBags(int available) {
		return lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", available, 15_000, 1);
	}

	BuyerFixtures.Buyer consumer() {
		return BuyerFixtures.buyers(jdbc, 1, "CN", "HGH").get(0);
	}

	Money remaining(BuyerFixtures.Buyer buyer) throws Exception {
		String body = mvc.perform(SignIn.bearer(get("/api/v1/cbec-quota"), buyer.token()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Money.ofMinor(((Number) JsonPath.read(body, "$.annualLimitRemaining.minorUnits")).longValue(), "CNY");
	}

	long quotaUses(String order) {
		return jdbc.sql("SELECT COUNT(*) FROM trade_cbec_quota_use WHERE order_id = :id AND restored_at IS NULL")
			.param("id", UUID.fromString(order))
			.query(Long.class)
			.single();
	}

	long dropOrders(String drop) {
		return jdbc.sql("SELECT COUNT(*) FROM ordering_drop_order WHERE drop_id = :id")
			.param("id", UUID.fromString(drop))
			.query(Long.class)
			.single();
	}

	static Money cny(String amount) {
		return Money.of(amount, "CNY");
	}

	@Test
	void aDropOrderCountsAgainstTheAnnualLimitAndExpiryOrCancellationGivesItBack() throws Exception {
		BuyerFixtures.Buyer buyer = consumer();
		String drop = drop(sixtyKiloBags(10), 6, 2, Duration.ZERO);

		String body = orderFromDropWithToken(buyer.token(), drop, key(), 2).andExpect(status().isCreated())
			.andExpect(jsonPath("$.regime").value("CROSS_BORDER_ECOMMERCE_RETAIL"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String expiring = JsonPath.read(body, "$.id");
		Money orderValue = Money.ofMinor(
				((Number) JsonPath.read(body, "$.quote.crossBorderRetail.orderValue.minorUnits")).longValue(), "CNY");
		assertThat(orderValue).isGreaterThan(cny("3000.00"));
		assertThat(quotaUses(expiring)).isEqualTo(1);
		assertThat(remaining(buyer)).isEqualTo(cny("26000.00").minus(orderValue));

		clock.advance(Duration.ofMinutes(16));
		expireDue(); // or the scheduled run did: the state is checked
		assertThat(remaining(buyer)).isEqualTo(cny("26000.00"));
		assertThat(remaining(drop)).isEqualTo(6);

		String cancelled = JsonPath
			.read(orderFromDropWithToken(buyer.token(), drop, key(), 2).andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		assertThat(remaining(buyer)).isEqualTo(cny("26000.00").minus(orderValue));
		mvc.perform(SignIn
			.bearer(post("/api/v1/orders/" + cancelled + "/cancellation").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Wrong lot\"}"), buyer.token()))
			.andExpect(status().isOk());
		assertThat(remaining(buyer)).isEqualTo(cny("26000.00"));
		assertThat(quotaUses(cancelled)).isZero();
	}

	@Test
	void aDropOrderAboveRmb5000IsRefusedNamingTheLimitAndChangesNothing() throws Exception {
		BuyerFixtures.Buyer buyer = consumer();
		String drop = drop(sixtyKiloBags(10), 10, 3, Duration.ZERO);
		String key = key();

		orderFromDropWithToken(buyer.token(), drop, key, 3).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("RMB 5,000 per order")))
			.andExpect(
					jsonPath("$.detail").value(containsString("remaining cross-border quota this year: RMB 26,000")));

		assertThat(remaining(drop)).isEqualTo(10);
		assertThat(dropOrders(drop)).isZero();
		assertThat(remaining(buyer)).isEqualTo(cny("26000.00"));
		// Two bags are within the limit, and the refused key was not used up.
		orderFromDropWithToken(buyer.token(), drop, key(), 2).andExpect(status().isCreated());
		assertThat(remaining(drop)).isEqualTo(8);
	}

	@Test
	void aDropOrderPastTheAnnualLimitIsRefusedAndItsUnitsStayInTheDrop() throws Exception {
		BuyerFixtures.Buyer buyer = consumer();
		BuyerFixtures.Buyer other = consumer();
		// The buyer imported RMB 25,000 this year already (China's calendar year, as the
		// quota counts it).
		crossBorderQuota.consume(new UserId(buyer.userId()), UUID.randomUUID(), cny("25000.00"));
		String drop = drop(sixtyKiloBags(10), 1, 1, Duration.ZERO);
		String key = key();

		orderFromDropWithToken(buyer.token(), drop, key, 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("RMB 26,000 per buyer per year")))
			.andExpect(
					jsonPath("$.detail").value(containsString("remaining cross-border quota this year is RMB 1,000")));

		assertThat(remaining(drop)).isEqualTo(1);
		assertThat(dropOrders(drop)).isZero();
		assertThat(remaining(buyer)).isEqualTo(cny("1000.00"));
		assertThat(jdbc.sql("SELECT COALESCE(SUM(units), 0) FROM ordering_drop_allocation WHERE drop_id = :id")
			.param("id", UUID.fromString(drop))
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ordering_idempotency WHERE idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isZero();
		// The unit the refused buyer could not take is sold to the next one.
		orderFromDropWithToken(other.token(), drop, key(), 1).andExpect(status().isCreated());
		assertThat(remaining(drop)).isZero();
	}

}
