package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.CrossBorderOrders;
import org.isoko.support.CrossBorderYears;
import org.isoko.support.Http;
import org.isoko.support.HttpOrders;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The customs officer's console in Chinese, in a real browser: a parcel weighed heavier
 * than declared is held by customs; the Hangzhou officer sees its waybill weight marked
 * and holds it for inspection; the seller reads the hold on their order and corrects the
 * waybill's weight; the officer sees the amended waybill agree and releases it; the
 * buyer's order shows 已清关 (cleared). Screenshots at 360 px and desktop width go to
 * {@code target/screenshots}.
 */
@BrowserTest
@TestPropertySource(properties = "isoko.customs.china.declare=true")
class CustomsConsoleBrowserTests {

	static final String BUYER = "buyer.cn@isoko.demo";

	static final String SELLER = "seller.coop@isoko.demo";

	static final String KIGALI = "logistics.kigali@isoko.demo";

	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";

	static final String OFFICER = "customs.hangzhou@isoko.demo";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	CrossBorderYears crossBorderYears;

	@LocalServerPort
	int port;

	@Test
	void theOfficerHoldsTheSellerCorrectsTheWaybillTheOfficerReleasesAndTheBuyerSeesItCleared(Browser browser) {
		String order = heldOrder();
		String declaration = jdbc.sql("SELECT id FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single();

		browser.signInAs(OFFICER).open("/customs?lang=zh");
		assertThat(browser.text("h1")).isEqualTo("海关申报");
		browser.screenshotsAtPhoneAndDesktop("customs-queue-zh");
		browser.open("/customs/declarations/" + declaration + "?lang=zh");
		assertThat(browser.find("#row-weight").getAttribute("class")).contains("disagrees");
		assertThat(browser.find("#row-orderNo").getAttribute("class")).doesNotContain("disagrees");
		assertThat(browser.text("#findings")).contains("重量");
		browser.screenshotsAtPhoneAndDesktop("customs-declaration-zh");

		new Select(browser.find("#hold-reason")).selectByValue("PHYSICAL_INSPECTION");
		browser.type("#hold-note", "开箱查验");
		browser.click("#hold");
		waitFor(browser, () -> !browser.findAll("#notice").isEmpty());
		assertThat(browser.text("#declaration-status")).isEqualTo("已扣留");
		assertThat(browser.text("#decisions")).contains("海关扣留：查验货物", "开箱查验");
		browser.screenshotsAtPhoneAndDesktop("customs-held-zh");

		browser.click("#nav-sign-out");
		browser.find("#nav-sign-in");

		// The seller reads the hold on their order and corrects the waybill's weight.
		browser.signInAs(SELLER).open("/seller/orders/" + order + "?lang=zh");
		assertThat(browser.text("#timeline")).contains("海关扣留：查验货物");
		browser.click("#order-customs");
		assertThat(browser.text("#customs-status")).isEqualTo("已扣留");
		assertThat(browser.text("#hold-reason")).contains("海关扣留：查验货物");
		assertThat(browser.text("#weight-disagrees")).contains("运单重量与申报重量不符");
		browser.type("#weight-grams", "0");
		browser.click("#correct-weight");
		assertThat(browser.text("#weight-error")).contains("大于0");
		browser.type("#weight-grams", "1050");
		browser.click("#correct-weight");
		waitFor(browser, () -> !browser.findAll("#notice").isEmpty());
		assertThat(browser.text("#corrections")).contains("3,100 g", "1,050 g");
		browser.screenshotsAtPhoneAndDesktop("customs-seller-correction-zh");
		browser.click("#nav-sign-out");
		browser.find("#nav-sign-in");

		// The officer sees the amended waybill agree, and releases.
		browser.signInAs(OFFICER).open("/customs/declarations/" + declaration + "?lang=zh");
		assertThat(browser.find("#row-weight").getAttribute("class")).doesNotContain("disagrees");
		assertThat(browser.text("#history")).contains("卖家已更正运单重量");
		browser.click("#release");
		waitFor(browser, () -> browser.text("#declaration-status").equals("已放行"));
		assertThat(browser.findAll("#actions")).isEmpty();
		browser.click("#nav-sign-out");
		browser.find("#nav-sign-in");

		browser.signInAs(BUYER).open("/orders/" + order + "?lang=zh");
		assertThat(browser.text("#order-status")).isEqualTo("已清关");
		assertThat(browser.text("#timeline")).contains("海关扣留：查验货物");
		browser.screenshotsAtPhoneAndDesktop("customs-buyer-order-zh");
	}

	/** An order whose parcel customs held: one 1.05 kg bag weighed 3.1 kg at intake. */
	private String heldOrder() {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 50, 15_000, 1);
		crossBorderYears.fresh(BUYER);
		Http http = new Http(port);
		HttpOrders orders = new HttpOrders(http, jdbc);
		String order = orders.acceptedOrder(BUYER, lot, CrossBorderOrders.HANGZHOU_ADDRESS, SELLER);
		String waybill = orders.waybillOf(order);
		assertThat(http
			.post("/api/v1/parcels/" + waybill + "/intake", "application/json", "{\"measuredGrams\":3100}",
					Http.bearer(http.tokenFor(KIGALI)))
			.status()).isEqualTo(200);
		assertThat(http
			.post("/api/v1/parcels/" + waybill + "/events", "application/json",
					"{\"milestone\":\"ARRIVED_AT_DESTINATION\"}", Http.bearer(http.tokenFor(HANGZHOU)))
			.status()).isEqualTo(200);
		Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.until(() -> jdbc.sql("SELECT status FROM customs_declaration WHERE order_id = :o")
				.param("o", UUID.fromString(order))
				.query(String.class)
				.optional()
				.orElse(""), "HELD"::equals);
		return order;
	}

	private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
	}

}
