package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.isoko.ordering.OrderId;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.payments.simulator.WalletSimulator;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Money shown to a seller is money paid to the seller (issue 13, item 5): for a real
 * order paid in CNY (wallet) and one paid in KES (mobile money), the seller's order page
 * shows goods − commission − FX spread = what the seller receives, in the seller's
 * currency, before and after delivery, and that figure is the ledger's SELLER_SHARE
 * posting to the franc. The seller's escrow view counts only the seller's part.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "isoko.payments.jobs.enabled=false", "isoko.payments.simulator.delay=PT0S",
				"isoko.payments.simulator.callback-interval=PT1H" })
@AutoConfigureMockMvc
class SellerProceedsIntegrationTests extends BuyerOrderTestSupport {

	@Autowired
	MomoSimulator momo;

	@Autowired
	WalletSimulator wallet;

	@Autowired
	Escrow escrow;

	@Test
	void sellerOfAnOrderPaidInYuanSeesWhatTheLedgerPaysThemBeforeAndAfterDelivery() throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 20, 15_000, 1);
		String order = place(CHINESE_BUYER, lot, 2, "+86 138 0013 8000");
		String started = pay(CHINESE_BUYER, order, "{\"provider\":\"WALLET\"}");
		String redirect = JsonPath.read(started, "$.payment.redirectUrl");
		wallet.pay(redirect.substring(redirect.lastIndexOf('/') + 1));

		shownEqualsPaid(CHINESE_BUYER, order);
	}

	@Test
	void sellerOfAnOrderPaidInShillingsSeesWhatTheLedgerPaysThemBeforeAndAfterDelivery() throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "NBO", 20, 15_000, 1);
		String order = place(KENYAN_BUYER, lot, 3, "+254 700 000 008");
		pay(KENYAN_BUYER, order, "{\"provider\":\"MOMO\",\"phone\":\"+254700000008\"}");
		momo.deliverCallbacks();

		shownEqualsPaid(KENYAN_BUYER, order);
	}

	private void shownEqualsPaid(String buyer, String order) throws Exception {
		awaitStatus(buyer, order, "PAID");
		Money total = total(buyer, order);
		String before = sellerPage(order);
		Shown estimate = Shown.of(before);
		assertThat(estimate.goods() - estimate.commission() - estimate.spread()).isEqualTo(estimate.receives());
		assertThat(estimate.commission()).as("5 % commission").isPositive();
		assertThat(estimate.spread()).as("1 % FX spread into RWF").isPositive();
		assertThat(before).contains("RWF")
			.doesNotContain("id=\"proceeds-receives\" data-minor=\"" + total.minorUnits());
		long escrowBefore = heldForSeller(total.currency());
		// The Kigali hub's operator sees the same figure, and may refund the order from
		// their own order page.
		String hubPage = mvc
			.perform(get("/operator/orders/" + order).session(SignIn.session(mvc, "operator.kigali@isoko.demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Shown.of(hubPage)).isEqualTo(estimate);
		assertThat(hubPage).contains("href=\"/operator/orders/" + order + "/refunds\"");
		assertThat(before).doesNotContain("/operator/orders/" + order + "/refunds");

		call(COOP, post("/api/v1/orders/" + order + "/acceptance")).andExpect(status().isOk());
		call(COOP, post("/api/v1/orders/" + order + "/shipment"),
				"{\"carrier\":\"RwandAir Cargo\",\"trackingNumber\":\"WB-" + order.substring(0, 8) + "\"}")
			.andExpect(status().isOk());
		call(buyer, post("/api/v1/orders/" + order + "/delivery-confirmation")).andExpect(status().isOk());
		await().atMost(PATIENCE).until(() -> escrow.held(OrderId.of(order), total.currency()).isZero());

		long posted = jdbc
			.sql("""
					SELECT t.amount FROM payments_transfer t JOIN payments_posting p ON p.id = t.posting_id
					JOIN payments_account c ON c.id = t.credit_account_id
					WHERE p.idempotency_key = :key AND t.code = 'SELLER_SHARE' AND c.kind = 'SELLER_PAYABLE' AND c.currency = 'RWF'""")
			.param("key", "release:order:" + order + ":" + total.currency())
			.query(Long.class)
			.single();
		assertThat(estimate.receives()).as("shown before delivery = posted on delivery").isEqualTo(posted);
		Shown after = Shown.of(sellerPage(order));
		assertThat(after).isEqualTo(estimate);
		assertThat(after.receives()).as("shown after delivery = posted").isEqualTo(posted);
		// The escrow the seller sees fell by exactly the seller's part of this order.
		assertThat(escrowBefore - heldForSeller(total.currency())).isEqualTo(posted);
	}

	/** The four figures of the seller's order page, in RWF minor units. */
	record Shown(long goods, long commission, long spread, long receives) {

		static Shown of(String page) {
			return new Shown(minor(page, "proceeds-goods"), minor(page, "proceeds-commission"),
					minor(page, "proceeds-spread"), minor(page, "proceeds-receives"));
		}

		static long minor(String page, String id) {
			Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*data-minor=\"(-?\\d+)\"").matcher(page);
			assertThat(m.find()).as(id + " on the seller's order page").isTrue();
			return Long.parseLong(m.group(1));
		}
	}

	/** The seller's escrow view: in RWF only, never in the buyer's currency. */
	long heldForSeller(CurrencyCode buyerCurrency) throws Exception {
		String json = call(COOP, get("/api/v1/payouts/escrow")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> inBuyerCurrency = JsonPath.read(json, "$[?(@.currency == '" + buyerCurrency + "')]");
		assertThat(inBuyerCurrency).as("escrow shown to the seller in the buyer's currency").isEmpty();
		List<Number> rwf = JsonPath.read(json, "$[?(@.currency == 'RWF')].amount.minorUnits");
		return rwf.isEmpty() ? 0 : rwf.get(0).longValue();
	}

	String sellerPage(String order) throws Exception {
		return mvc.perform(get("/seller/orders/" + order).session(SignIn.session(mvc, COOP)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String pay(String buyer, String order, String body) throws Exception {
		return call(buyer,
				post("/api/v1/orders/" + order + "/payments").header("Idempotency-Key", UUID.randomUUID().toString()),
				body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
