package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.catalog.Stock;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class OrderPagesIntegrationTests extends OrderingTestSupport {

	@Autowired
	Stock stock;

	@Autowired
	PlatformTransactionManager transactions;

	MockHttpServletRequestBuilder address(MockHttpServletRequestBuilder request) {
		return request.param("name", "Li Wei")
			.param("phone", "+86 138 0013 8000")
			.param("line", "88 Wensan Road")
			.param("city", "Hangzhou")
			.param("region", "Zhejiang")
			.param("postcode", "310012");
	}

	int cartLines(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM ordering_cart_line WHERE buyer_id = :buyer")
			.param("buyer", userId(email))
			.query(Integer.class)
			.single();
	}

	void emptyCart(String email) {
		jdbc.sql("DELETE FROM ordering_cart_line WHERE buyer_id = :buyer").param("buyer", userId(email)).update();
	}

	/**
	 * The order of {@code lot} (one per test: each test makes its own lot; placed_at is
	 * not reliable as the clock is shared).
	 */
	UUID orderOf(LotFixtures.Lot lot) {
		return jdbc.sql("SELECT DISTINCT order_id FROM ordering_order_line WHERE lot_id = :lot")
			.param("lot", lot.id())
			.query(UUID.class)
			.single();
	}

	@Test
	void aBuyerAddsToTheCartChecksOutPaysAndFollowsTheOrderToCompletion() throws Exception {
		emptyCart(BUYER);
		LotFixtures.Lot lot = coffee(10);
		MockHttpSession buyer = SignIn.session(mvc, BUYER);

		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", lot.id().toString())
			.param("corridorId", lot.corridor().toString())
			.param("quantity", "2")).andExpect(redirectedUrl("/cart")).andExpect(flash().attribute("added", true));
		mvc.perform(get("/cart").session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lot.reference())))
			.andExpect(content().string(containsString("Abahuzamugambi Coffee Cooperative")))
			.andExpect(content().string(containsString("1 RWF = ")))
			.andExpect(content().string(containsString("id=\"order-quote-0\"")))
			.andExpect(content().string(containsString("Cross-border e-commerce retail (China)")));
		mvc.perform(get("/checkout").session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15 minutes")))
			.andExpect(content().string(containsString("id=\"cbec-remaining\"")));

		mvc.perform(address(post("/checkout").session(buyer).with(csrf())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ISK-")));
		assertThat(cartLines(BUYER)).isZero();
		assertThat(available(lot)).isEqualTo(8);
		UUID order = orderOf(lot);

		mvc.perform(get("/orders/" + order).session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Demo payment — no money moves"))) // offered
																							// in
																							// tests
																							// only,
																							// last
			.andExpect(content().string(containsString("id=\"provider-WALLET\"")))
			.andExpect(content().string(containsString("id=\"order-quote\"")))
			.andExpect(content().string(not(containsString("not charged"))))
			.andExpect(content().string(containsString("88 Wensan Road")));
		mvc.perform(post("/orders/" + order + "/pay").session(buyer)
			.with(csrf())
			.param("paymentKey", key())
			.param("provider", "DEMO"))
			.andExpect(redirectedUrl("/orders/" + order))
			.andExpect(flash().attribute("done", "paid"));

		MockHttpSession seller = SignIn.session(mvc, COOP);
		String sellerTotal = jdbc.sql("SELECT seller_total_minor FROM ordering_order WHERE id = :id")
			.param("id", order)
			.query(Long.class)
			.single()
			.toString();
		mvc.perform(get("/seller/orders?status=PAID&lang=en").session(seller))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(order.toString())))
			// the seller's inbox shows the seller's own prices, in RWF (no minor
			// units), not the buyer's total in yuan
			.andExpect(content().string(containsString("Seller&#39;s price (seller&#39;s currency)")))
			.andExpect(content().string(containsString("class=\"num seller-total\">RWF")))
			.andExpect(content()
				.string(containsString(new java.text.DecimalFormat("#,###").format(Long.parseLong(sellerTotal)))))
			.andExpect(content().string(not(containsString("CN¥"))));
		mvc.perform(get("/seller/orders/" + order).session(seller))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/seller/orders/" + order + "/refunds")));
		mvc.perform(post("/seller/orders/" + order + "/accept").session(seller).with(csrf()))
			.andExpect(flash().attribute("done", "accepted"));
		mvc.perform(post("/seller/orders/" + order + "/ship").session(seller)
			.with(csrf())
			.param("carrier", "")
			.param("trackingNumber", "WB-9")).andExpect(flash().attributeExists("fieldErrors"));
		mvc.perform(post("/seller/orders/" + order + "/ship").session(seller)
			.with(csrf())
			.param("carrier", "DHL Express")
			.param("trackingNumber", "1234567890")).andExpect(flash().attribute("done", "shipped"));

		// Shipped: the money is held until the buyer confirms, the tracking number links
		// to the carrier's page, and confirming asks first.
		mvc.perform(get("/orders/" + order).session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&amp;tracking-id=1234567890\"")))
			.andExpect(content().string(containsString("id=\"confirm-check\"")))
			.andExpect(content().string(containsString("releases the money held in escrow to Abahuzamugambi")));
		mvc.perform(post("/orders/" + order + "/confirm-delivery").session(buyer).with(csrf()))
			.andExpect(redirectedUrl("/orders/" + order + "#confirm-form"))
			.andExpect(flash().attribute("confirmMissing", true));
		assertThat(jdbc.sql("SELECT status FROM ordering_order WHERE id = :id")
			.param("id", order)
			.query(String.class)
			.single()).isEqualTo("SHIPPED");
		mvc.perform(post("/orders/" + order + "/confirm-delivery").session(buyer).with(csrf()).param("confirm", "yes"))
			.andExpect(flash().attribute("done", "delivered"));
		mvc.perform(get("/orders/" + order + "?lang=zh").session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已完成")))
			.andExpect(content().string(not(containsString("id=\"confirm-check\""))))
			.andExpect(content().string(containsString("DHL Express")));

		MockHttpSession operator = SignIn.session(mvc, "operator.hangzhou@isoko.demo");
		mvc.perform(get("/operator/orders?status=COMPLETED&corridor=" + lot.corridor()).session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(order.toString())));
		mvc.perform(get("/operator/orders/" + order).session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"accept\""))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-2", "1.5", "abc", "" })
	void theCartRefusesQuantitiesThatAreNotWholePositiveNumbers(String quantity) throws Exception {
		emptyCart(OTHER_BUYER);
		LotFixtures.Lot lot = coffee(10);
		MockHttpSession buyer = SignIn.session(mvc, OTHER_BUYER);
		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", lot.id().toString())
			.param("corridorId", lot.corridor().toString())
			.param("quantity", quantity))
			.andExpect(redirectedUrl("/cart"))
			.andExpect(flash().attribute("error", containsString("quantity")));
		assertThat(cartLines(OTHER_BUYER)).isZero();
	}

	@Test
	void theCartRefusesPausedSoldOutAndUnknownLots() throws Exception {
		emptyCart(OTHER_BUYER);
		MockHttpSession buyer = SignIn.session(mvc, OTHER_BUYER);
		LotFixtures.Lot paused = coffee(10);
		lotFixtures.pause(paused);
		LotFixtures.Lot soldOut = coffee(0);
		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", paused.id().toString())
			.param("corridorId", paused.corridor().toString())
			.param("quantity", "1")).andExpect(flash().attribute("error", containsString("paused")));
		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", soldOut.id().toString())
			.param("corridorId", soldOut.corridor().toString())
			.param("quantity", "1")).andExpect(flash().attribute("error", containsString("Sold out")));
		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", UUID.randomUUID().toString())
			.param("corridorId", paused.corridor().toString())
			.param("quantity", "1")).andExpect(flash().attribute("error", containsString("does not exist")));
		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", "nonsense")
			.param("corridorId", paused.corridor().toString())
			.param("quantity", "1")).andExpect(flash().attribute("error", containsString("not a lot id")));
		assertThat(cartLines(OTHER_BUYER)).isZero();
	}

	@Test
	void checkoutPlacesOneOrderPerSellerAndKeepsFailedLinesInTheCart() throws Exception {
		emptyCart(OTHER_BUYER);
		MockHttpSession buyer = SignIn.session(mvc, OTHER_BUYER);
		LotFixtures.Lot coop = coffee(10);
		LotFixtures.Lot roaster = lotFixtures.lot(LotFixtures.ROASTER, "KGL", "HGH", 5, 9_000, 1);
		LotFixtures.Lot scarce = lotFixtures.lot(LotFixtures.ROASTER, "KGL", "HGH", 2, 4_000, 1);
		for (LotFixtures.Lot lot : new LotFixtures.Lot[] { coop, roaster, scarce }) {
			mvc.perform(post("/cart/lines").session(buyer)
				.with(csrf())
				.param("lotId", lot.id().toString())
				.param("corridorId", lot.corridor().toString())
				.param("quantity", "2")).andExpect(flash().attribute("added", true));
		}
		// Someone else takes the scarce lot's units after they were put in the cart.
		int taken = available(scarce) - 1;
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> stock.reserve(new LotId(scarce.id()), taken));
		long orders = count("ordering_order");

		mvc.perform(address(post("/checkout").session(buyer).with(csrf())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"placed\"")))
			.andExpect(content().string(containsString("id=\"failed\"")))
			.andExpect(content().string(containsString(scarce.reference())));

		// Two sellers, two orders; the line asking for more than is left is not ordered
		// and stays in the cart.
		assertThat(count("ordering_order")).isEqualTo(orders + 2);
		assertThat(available(coop)).isEqualTo(8);
		assertThat(available(roaster)).isEqualTo(3);
		assertThat(available(scarce)).isEqualTo(1);
		assertThat(cartLines(OTHER_BUYER)).isEqualTo(1);

		// A second submit finds the placed lines gone from the cart and places nothing
		// new.
		mvc.perform(address(post("/checkout").session(buyer).with(csrf()))).andExpect(status().isOk());
		assertThat(count("ordering_order")).isEqualTo(orders + 2);
		assertThat(available(scarce)).isEqualTo(1);
	}

	@Test
	void checkoutShowsAddressProblemsNextToTheFieldsAndPlacesNothing() throws Exception {
		emptyCart(OTHER_BUYER);
		MockHttpSession buyer = SignIn.session(mvc, OTHER_BUYER);
		LotFixtures.Lot lot = coffee(10);
		mvc.perform(post("/cart/lines").session(buyer)
			.with(csrf())
			.param("lotId", lot.id().toString())
			.param("corridorId", lot.corridor().toString())
			.param("quantity", "1"));
		long orders = count("ordering_order");
		mvc.perform(post("/checkout").session(buyer).with(csrf()).param("name", "Wang Fang").param("phone", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString("city is required")));
		assertThat(count("ordering_order")).isEqualTo(orders);
		assertThat(available(lot)).isEqualTo(10);
		assertThat(cartLines(OTHER_BUYER)).isEqualTo(1);
	}

	@Test
	void emptyStatesSpeakTheBuyersLanguage() throws Exception {
		MockHttpSession buyer = SignIn.session(mvc, KENYAN_BUYER);
		emptyCart(KENYAN_BUYER);
		mvc.perform(get("/cart?lang=zh").session(buyer)).andExpect(content().string(containsString("购物车是空的")));
		mvc.perform(get("/cart?lang=fr").session(buyer))
			.andExpect(content().string(containsString("Votre panier est vide")));
		mvc.perform(get("/cart?lang=rw").session(buyer))
			.andExpect(content().string(containsString("Igitebo cyawe kirimo ubusa")));
		mvc.perform(get("/orders?lang=en&status=REFUNDED").session(buyer))
			.andExpect(content().string(containsString("No orders here yet.")));
	}

	@Test
	void nobodySeesAnotherBuyersOrderAndSellersCannotActOnOthersOrders() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String id = com.jayway.jsonpath.JsonPath
			.read(place(BUYER, key(), order(line(lot, "1"))).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get("/orders/" + id).session(SignIn.session(mvc, OTHER_BUYER))).andExpect(status().isNotFound());
		MockHttpSession sme = SignIn.session(mvc, SME);
		mvc.perform(get("/seller/orders/" + id).session(sme)).andExpect(status().isNotFound());
		mvc.perform(post("/seller/orders/" + id + "/decline").session(sme).with(csrf()).param("reason", "no"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/operator/orders").session(SignIn.session(mvc, BUYER))).andExpect(status().isForbidden());
		assertThat(available(lot)).isEqualTo(9);
	}

	@Test
	void theHubConsoleFiltersBySellerName() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		place(BUYER, key(), order(line(lot, "1"))).andExpect(status().isCreated());
		MockHttpSession operator = SignIn.session(mvc, "operator.kigali@isoko.demo");

		String page = mvc.perform(get("/operator/orders").session(operator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<select name=\"seller\" id=\"seller-filter\"")
			.contains("<option value=\"" + lot.seller() + "\">" + LotFixtures.COOPERATIVE + "</option>");

		String filtered = mvc.perform(get("/operator/orders?seller=" + lot.seller()).session(operator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(filtered).contains("<option value=\"" + lot.seller() + "\" selected=\"selected\">");
	}

	@Test
	void theHubConsoleExplainsBadFilters() throws Exception {
		MockHttpSession operator = SignIn.session(mvc, "operator.kigali@isoko.demo");
		mvc.perform(get("/operator/orders?from=yesterday&seller=x").session(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a valid from")))
			.andExpect(content().string(containsString("is not a valid seller")));
		mvc.perform(get("/operator/orders?page=99999999").session(operator)).andExpect(status().isOk());
	}

}
