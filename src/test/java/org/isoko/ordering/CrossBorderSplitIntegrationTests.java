package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.shared.Money;
import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.isoko.trade.CrossBorderQuota;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * The one-click split of a consumer's cross-border retail cart order above RMB 5,000 into
 * orders within the limit, through the API and the cart page: every order within the
 * limit and under cross-border retail, quantities kept, all or nothing, idempotent.
 */
class CrossBorderSplitIntegrationTests extends OrderingTestSupport {

	@Autowired
	CrossBorderQuota quota;

	static final String ADDRESS = """
			{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}""";

	BuyerFixtures.Buyer consumer() {
		return BuyerFixtures.buyers(jdbc, 1, "CN", "HGH").get(0);
	}

	/** 60 kg bags at RWF 15,000: about CNY 2,013 each delivered. */
	LotFixtures.Lot bags(int available) {
		return lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", available, 15_000, 1);
	}

	void addToCart(String token, LotFixtures.Lot lot, int quantity) throws Exception {
		mvc.perform(SignIn.bearer(post("/api/v1/cart/lines").contentType(MediaType.APPLICATION_JSON)
			.content("{\"lotId\":\"%s\",\"corridorId\":\"%s\",\"quantity\":%d}".formatted(lot.id(), lot.corridor(),
					quantity)),
				token))
			.andExpect(status().isCreated());
	}

	ResultActions split(String token, String key) throws Exception {
		return mvc.perform(SignIn.bearer(post("/api/v1/cart/split").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"deliveryAddress\":" + ADDRESS + "}"), token));
	}

	long cartLines(UUID buyer) {
		return jdbc.sql("SELECT COUNT(*) FROM ordering_cart_line WHERE buyer_id = :buyer")
			.param("buyer", buyer)
			.query(Long.class)
			.single();
	}

	@Test
	void aCartOrderAboveTheLimitIsPlacedAsSeveralRetailOrdersWithinItOnceEvenWhenReplayed() throws Exception {
		BuyerFixtures.Buyer buyer = consumer();
		LotFixtures.Lot first = bags(20);
		LotFixtures.Lot second = bags(20);
		addToCart(buyer.token(), first, 5);
		addToCart(buyer.token(), second, 2);

		String proposal = mvc.perform(SignIn.bearer(get("/api/v1/cart/split"), buyer.token()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> values = JsonPath.read(proposal, "$.orders[*].customsValue.amount");
		assertThat(values).hasSizeGreaterThan(1)
			.allSatisfy(v -> assertThat(new BigDecimal(v.toString())).isLessThanOrEqualTo(new BigDecimal("5000")));

		String key = key();
		long orders = count("ordering_order");
		String placed = split(buyer.token(), key).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(placed, "$.orders[*].id");
		assertThat(ids).hasSize(values.size());
		assertThat(count("ordering_order")).isEqualTo(orders + ids.size());
		assertThat(JsonPath.<List<String>>read(placed, "$.orders[*].regime"))
			.containsOnly("CROSS_BORDER_ECOMMERCE_RETAIL");
		assertThat(JsonPath.<List<String>>read(placed, "$.orders[*].quote.crossBorderRetail.treatment"))
			.containsOnly("WITHIN_LIMITS");
		assertThat(available(first)).isEqualTo(15);
		assertThat(available(second)).isEqualTo(18);
		assertThat(cartLines(buyer.userId())).isZero();
		long quotaUses = jdbc.sql("SELECT COUNT(*) FROM trade_cbec_quota_use WHERE buyer_id = :buyer")
			.param("buyer", buyer.userId())
			.query(Long.class)
			.single();
		assertThat(quotaUses).isEqualTo(ids.size());

		String replayed = split(buyer.token(), key).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(replayed, "$.orders[*].id")).isEqualTo(ids);
		assertThat(count("ordering_order")).isEqualTo(orders + ids.size());
	}

	@Test
	void whenTheAnnualQuotaCannotTakeEveryOrderNoneIsPlaced() throws Exception {
		BuyerFixtures.Buyer buyer = consumer();
		// 1 kg bags at RWF 200,000 (about CNY 960): each order of the split pays the
		// corridor's freight minimum, so the orders together are worth more than the cart
		// as one order. Leave the buyer a quota between the two: the cart fits, the
		// split's second order does not.
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 20, 200_000, 1);
		addToCart(buyer.token(), lot, 8);
		String cart = mvc.perform(SignIn.bearer(get("/api/v1/cart"), buyer.token()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		BigDecimal asOne = new BigDecimal(
				JsonPath.read(cart, "$.groups[0].quote.crossBorderRetail.orderValue.amount").toString());
		String proposal = mvc.perform(SignIn.bearer(get("/api/v1/cart/split"), buyer.token()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		BigDecimal split = JsonPath.<List<Object>>read(proposal, "$.orders[*].customsValue.amount")
			.stream()
			.map(v -> new BigDecimal(v.toString()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(split).isGreaterThan(asOne.add(BigDecimal.ONE));
		BigDecimal remaining = asOne.add(split).divide(BigDecimal.valueOf(2));
		long usedMinor = new BigDecimal("26000").subtract(remaining).movePointRight(2).longValue();
		quota.consume(new UserId(buyer.userId()), UUID.randomUUID(), Money.ofMinor(usedMinor, "CNY"));
		long orders = count("ordering_order");

		split(buyer.token(), key()).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("RMB 26,000")));

		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(lot)).isEqualTo(20);
		assertThat(cartLines(buyer.userId())).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM trade_cbec_quota_use WHERE buyer_id = :buyer")
			.param("buyer", buyer.userId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSingleUnitAboveTheLimitCannotBeSplitAndTheBuyerIsToldToBuyAsAnImporter() throws Exception {
		BuyerFixtures.Buyer buyer = consumer();
		// RWF 1,300,000 a bag: about CNY 6,240 of goods alone
		LotFixtures.Lot dear = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 5, 1_300_000, 1);
		addToCart(buyer.token(), dear, 2);
		long orders = count("ordering_order");

		split(buyer.token(), key()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("cannot be split")))
			.andExpect(jsonPath("$.detail").value(containsString("importer")));
		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(dear)).isEqualTo(5);
	}

	@Test
	void aCartWithinTheLimitHasNothingToSplitAndAKeyIsRequired() throws Exception {
		BuyerFixtures.Buyer buyer = consumer();
		addToCart(buyer.token(), bags(20), 1);

		split(buyer.token(), key()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("No order of your cart is above")));
		mvc.perform(SignIn.bearer(post("/api/v1/cart/split").contentType(MediaType.APPLICATION_JSON)
			.content("{\"deliveryAddress\":" + ADDRESS + "}"), buyer.token()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
	}

	@Test
	void theCartPageOffersTheSplitAndPlacesItInOneClickAfterTheAddress() throws Exception {
		MockHttpSession session = SignIn.session(mvc, BUYER);
		jdbc.sql("DELETE FROM ordering_cart_line WHERE buyer_id = :buyer").param("buyer", userId(BUYER)).update();
		LotFixtures.Lot lot = bags(20);
		mvc.perform(post("/cart/lines").session(session)
			.with(csrf())
			.param("lotId", lot.id().toString())
			.param("corridorId", lot.corridor().toString())
			.param("quantity", "4")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/cart").param("lang", "fr").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"split-offer-0\"")))
			.andExpect(content().string(containsString("Diviser en commandes")));
		String page = mvc.perform(get("/checkout").param("split", "").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"split-orders\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = page.replaceAll("(?s).*name=\"splitKey\" value=\"([^\"]+)\".*", "$1");
		long orders = count("ordering_order");

		mvc.perform(post("/checkout").session(session)
			.with(csrf())
			.param("split", "")
			.param("splitKey", key)
			.param("name", "Li Wei")
			.param("phone", "+86 138 0013 8000")
			.param("line", "88 Wensan Road")
			.param("city", "Hangzhou")
			.param("region", "Zhejiang"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"placed\"")));
		assertThat(count("ordering_order")).isGreaterThanOrEqualTo(orders + 2);
		assertThat(available(lot)).isEqualTo(16);
	}

}
