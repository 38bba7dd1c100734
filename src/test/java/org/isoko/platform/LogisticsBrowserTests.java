package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.awaitility.Awaitility;
import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.CrossBorderOrders;
import org.isoko.support.CrossBorderYears;
import org.isoko.support.Http;
import org.isoko.support.HttpOrders;
import org.isoko.support.LotFixtures;
import org.isoko.support.PageBudget;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A parcel's journey in a real browser (issue 14): the seller finds the label on the
 * parcel page, the Kigali agent scans the parcel in and closes and departs a consignment
 * with it, the Hangzhou agent marks it arrived and delivered, and the buyer reads the
 * timeline in Chinese. Every page on the way stays within the 50 KB budget.
 */
@BrowserTest
@TestPropertySource(properties = "isoko.customs.china.declare=true")
class LogisticsBrowserTests {

	static final String BUYER = "buyer.cn@isoko.demo";
	static final String SELLER = "seller.coop@isoko.demo";
	static final String KIGALI = "logistics.kigali@isoko.demo";
	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	CrossBorderYears crossBorderYears;

	@LocalServerPort
	int port;

	@Test
	void aParcelTravelsFromTheSellerToTheBuyer(Browser browser) {
		String waybill = acceptedOrdersParcel();

		// The seller sees the parcel and its label.
		browser.signInAs(SELLER).open("/parcels/" + waybill);
		assertThat(browser.find("#label-link").getAttribute("href")).endsWith("/parcels/" + waybill + "/label.pdf");
		Http http = new Http(port);
		assertThat(http.get("/api/v1/parcels/" + waybill + "/label", Http.bearer(http.tokenFor(SELLER))).contentType())
			.startsWith("application/pdf");
		PageBudget.assertWithin(browser, "/parcels/" + waybill);
		signOut(browser);

		// The Kigali agent scans it in (a scanner types the code and Enter).
		browser.signInAs(KIGALI).open("/logistics/intake");
		PageBudget.assertWithin(browser, "/logistics/intake");
		browser.type("#intake-weight", "1.05").type("#intake-waybill", waybill + "\n");
		waitFor(browser, () -> !browser.findAll("#intake-result").isEmpty());
		assertThat(browser.text("#intake-result")).contains(waybill);

		// ... opens a departure, loads the parcel, closes and departs it.
		browser.open("/logistics/consignments");
		new Select(browser.find("#consignment-mode")).selectByValue("TRUCK");
		setValue(browser, "#consignment-cutoff", Instant.now().plus(Duration.ofHours(3)));
		browser.type("#consignment-kg", "500").type("#consignment-pieces", "50");
		browser.click("#consignment-create");
		waitFor(browser, () -> browser.currentPath().startsWith("/logistics/consignments/"));
		String consignment = browser.currentPath();
		browser.type("#load-waybill", waybill);
		browser.click("#load-submit");
		waitFor(browser, () -> !browser.findAll("#consignment-parcels").isEmpty());
		browser.click("#consignment-close");
		waitFor(browser, () -> browser.findAll("#consignment-close").isEmpty());
		browser.click("#consignment-depart");
		waitFor(browser, () -> browser.findAll("#consignment-depart").isEmpty());
		PageBudget.assertWithin(browser, consignment);
		signOut(browser);

		// The Hangzhou agent receives the consignment and delivers the parcel.
		browser.signInAs(HANGZHOU).open(consignment);
		browser.click("#consignment-arrive");
		waitFor(browser, () -> browser.findAll("#consignment-arrive").isEmpty());
		// A cross-border retail parcel goes to China's customs on arrival (the simulator
		// answers at once in tests): it is delivered once released.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT status FROM logistics_parcel WHERE waybill = :w")
				.param("w", waybill)
				.query(String.class)
				.single(), "RELEASED_BY_CUSTOMS"::equals);
		browser.open("/parcels/" + waybill);
		new Select(browser.find("#event-milestone")).selectByValue("DELIVERED");
		browser.click("#event-post");
		waitFor(browser, () -> !browser.findAll("#notice").isEmpty());
		signOut(browser);

		// The buyer reads the timeline in Chinese.
		browser.signInAs(BUYER).open("/parcels/" + waybill + "?lang=zh");
		assertThat(browser.text("#parcel-timeline")).contains("已创建面单", "始发枢纽已收货", "已发出", "已到达目的枢纽", "已交海关", "海关已放行",
				"已签收");
		assertThat(browser.text("#parcel-status")).isEqualTo("已签收");
		PageBudget.assertWithin(browser, "/parcels/" + waybill);
	}

	private String acceptedOrdersParcel() {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", 50, 15_000, 1);
		crossBorderYears.fresh(BUYER);
		HttpOrders orders = new HttpOrders(new Http(port), jdbc);
		return orders.waybillOf(orders.acceptedOrder(BUYER, lot, CrossBorderOrders.HANGZHOU_ADDRESS, SELLER));
	}

	private static void signOut(Browser browser) {
		browser.click("#nav-sign-out");
		browser.find("#nav-sign-in");
	}

	private static void setValue(Browser browser, String css, Instant at) {
		String local = at.atOffset(ZoneOffset.UTC).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css),
				local);
	}

	private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
	}

}
