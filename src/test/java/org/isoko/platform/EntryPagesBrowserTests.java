package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.catalog.CatalogManagement.NewDocument;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.CrossBorderOrders;
import org.isoko.support.Http;
import org.isoko.support.HttpOrders;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The EAC entries' pages in a real browser, each at 360 px (nothing wider than the phone)
 * and at desktop width: the Kigali agent reads on the consignment's page why it cannot
 * leave (in French) and declares it for export; the Kigali officer finds the entry in the
 * console (in Kinyarwanda) and queries it; the seller reads the query on the order's page
 * (in Chinese); the agent submits the entry again, the officer releases it, and the
 * consignment departs. Screenshots go to {@code target/screenshots}.
 */
@BrowserTest
@TestPropertySource(
		properties = { "isoko.customs.eac.export-clearance=true", "isoko.customs.eac.declare-imports=true" })
class EntryPagesBrowserTests {

	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	static final String SELLER = "seller.coop@isoko.demo";

	static final String KIGALI = "logistics.kigali@isoko.demo";

	static final String OFFICER = "customs.kigali@isoko.demo";

	static final String REASON = "Montrez le contrat du torréfacteur / 请出示烘焙商合同";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@LocalServerPort
	int port;

	@Test
	void theAgentDeclaresTheOfficerQueriesTheSellerReadsItAndTheReleasedConsignmentDeparts(Browser browser) {
		String order = acceptedKenyanOrder();
		String waybill = receivedAtKigali(order);
		String consignment = truckWith(waybill);

		// The agent, in French: no export entry yet, so the consignment cannot leave.
		browser.signInAs(KIGALI).open("/logistics/consignments/" + consignment + "?lang=fr");
		assertThat(browser.text("#consignment-clearance")).contains("pas été déposée");
		fitsAndShoot(browser, "entries-consignment-undeclared-fr");
		browser.click("#export-declare");
		assertThat(browser.text("#consignment-clearance")).contains("pas encore accordé la mainlevée");
		assertThat(browser.findAll("#export-declare")).isEmpty();
		String entry = entryOf(consignment);
		awaitStatus(entry, "ACCEPTED");
		signOut(browser);

		// The officer, in Kinyarwanda: the entry in the console, then its page; a query.
		browser.signInAs(OFFICER).open("/customs?lang=rw");
		String reference = jdbc.sql("SELECT reference FROM customs_entry WHERE id = :e")
			.param("e", UUID.fromString(entry))
			.query(String.class)
			.single();
		assertThat(browser.text("#entries")).contains(reference);
		fitsAndShoot(browser, "entries-console-rw");
		browser.click("#entries a[href='/customs/entries/" + entry + "']");
		assertThat(browser.text("#entry-status")).isEqualTo("Ryakiriwe");
		assertThat(browser.text("#entry-lines")).contains(waybill);
		assertThat(browser.text("#entry-documents")).doesNotContain("Irabura");
		fitsAndShoot(browser, "entries-entry-rw");
		browser.click("#entry-query");
		assertThat(browser.text("#action-error")).isNotEmpty();
		assertThat(browser.text("#entry-status")).isEqualTo("Ryakiriwe");
		browser.type("#entry-query-reason", REASON);
		browser.click("#entry-query");
		assertThat(browser.text("#notice")).isNotEmpty();
		assertThat(browser.text("#entry-status")).isEqualTo("Ryabajijweho");
		assertThat(browser.text("#entry-reason")).isEqualTo(REASON);
		assertThat(browser.findAll("#entry-actions")).isEmpty();
		fitsAndShoot(browser, "entries-queried-rw");
		signOut(browser);

		// The seller, in Chinese, reads the query on the order.
		browser.signInAs(SELLER).open("/seller/orders/" + order + "?lang=zh");
		assertThat(browser.text("#order-entry-status-EXPORT")).isEqualTo("已质询");
		assertThat(browser.text("#order-entry-EXPORT")).contains("卢旺达税务局", "出口");
		assertThat(browser.text("#order-entry-reason-EXPORT")).contains(REASON);
		fitsAndShoot(browser, "entries-seller-order-zh");
		signOut(browser);

		// The agent submits it again; the officer releases it; it departs.
		browser.signInAs(KIGALI).open("/logistics/consignments/" + consignment + "?lang=fr");
		assertThat(browser.text("#consignment-clearance")).contains("posé une question");
		browser.click("#export-declare");
		awaitStatus(entry, "ACCEPTED");
		signOut(browser);
		browser.signInAs(OFFICER).open("/customs/entries/" + entry + "?lang=en");
		assertThat(browser.text("#entry-status")).isEqualTo("Accepted");
		browser.click("#entry-release");
		assertThat(browser.text("#entry-status")).isEqualTo("Released");
		assertThat(browser.text("#entry-release-number")).startsWith("RW-EXN-");
		assertThat(browser.text("#entry-history")).contains("Queried", "Released", REASON);
		fitsAndShoot(browser, "entries-released-en");
		signOut(browser);
		browser.signInAs(KIGALI).open("/logistics/consignments/" + consignment + "?lang=fr");
		assertThat(browser.findAll("#consignment-clearance")).isEmpty();
		browser.click("#consignment-depart");
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> "DEPARTED".equals(jdbc.sql("SELECT status FROM logistics_consignment WHERE id = :c")
				.param("c", UUID.fromString(consignment))
				.query(String.class)
				.single()));
		fitsAndShoot(browser, "entries-consignment-departed-fr");
	}

	// ---- set-up through the API

	/**
	 * An order of one bag KGL→NBO by the Kenyan buyer, paid and accepted, its lot
	 * certified (so the authority accepts the entry and waits for the officer).
	 */
	private String acceptedKenyanOrder() {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "NBO", 50, 15_000, 1);
		certify(lot.id());
		HttpOrders orders = new HttpOrders(new Http(port), jdbc);
		return orders.acceptedOrder(KENYAN_BUYER, lot, CrossBorderOrders.NAIROBI_ADDRESS, SELLER);
	}

	/**
	 * A certificate of origin (EAC, the Kenyan entry's scheme) and a quality certificate,
	 * valid today, added by the lot's seller.
	 */
	private void certify(UUID lot) {
		LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
		String number = lot.toString().substring(0, 8);
		lotFixtures.addDocument(lot, new NewDocument(DocumentKind.CERTIFICATE_OF_ORIGIN, "CERT-" + number, "NAEB",
				today.minusDays(400), today.plusDays(400), PreferenceScheme.EAC, "WHOLLY_OBTAINED"));
		lotFixtures.addDocument(lot, new NewDocument(DocumentKind.QUALITY_CERTIFICATE, "QUAL-" + number, "NAEB",
				today.minusDays(400), today.plusDays(400), null, null));
	}

	private String receivedAtKigali(String order) {
		Http http = new Http(port);
		String waybill = new HttpOrders(http, jdbc).waybillOf(order);
		assertThat(http
			.post("/api/v1/parcels/" + waybill + "/intake", "application/json", "{\"measuredGrams\":1100}",
					Http.bearer(http.tokenFor(KIGALI)))
			.status()).isEqualTo(200);
		return waybill;
	}

	private String truckWith(String waybill) {
		Http http = new Http(port);
		String agent = http.tokenFor(KIGALI);
		UUID corridor = lotFixtures.corridor("KGL", "NBO");
		Http.Response created = http.post("/api/v1/consignments", "application/json", """
				{"corridor":"%s","mode":"TRUCK","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":200,
				 "masterWaybill":"%s"}""".formatted(corridor, Instant.now().plus(Duration.ofHours(2)),
				"TRK-" + UUID.randomUUID().toString().substring(0, 8)), Http.bearer(agent));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String consignment = created.json().get("id").asString();
		assertThat(http
			.post("/api/v1/consignments/" + consignment + "/parcels", "application/json",
					"{\"waybill\":\"" + waybill + "\"}", Http.bearer(agent))
			.status()).isEqualTo(200);
		return consignment;
	}

	private String entryOf(String consignment) {
		return jdbc.sql("SELECT id FROM customs_entry WHERE consignment_id = :c AND direction = 'EXPORT'")
			.param("c", UUID.fromString(consignment))
			.query(String.class)
			.single();
	}

	private void awaitStatus(String entry, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> status.equals(jdbc.sql("SELECT status FROM customs_entry WHERE id = :e")
				.param("e", UUID.fromString(entry))
				.query(String.class)
				.single()));
	}

	// ---- the browser

	private static void signOut(Browser browser) {
		browser.click("#nav-sign-out");
		browser.find("#nav-sign-in");
	}

	/**
	 * The page at 360 px, where nothing may be wider than the phone, and at desktop
	 * width; a screenshot of each.
	 */
	private static void fitsAndShoot(Browser browser, String name) {
		browser.screenshotsAtPhoneAndDesktop(name, EntryPagesBrowserTests::assertFitsThePhone);
	}

	private static void assertFitsThePhone(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> innerWidth(browser) <= 360);
		long width = ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("%s at 360 px: document width", browser.currentPath())
			.isLessThanOrEqualTo(innerWidth(browser));
	}

	private static long innerWidth(Browser browser) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth")).longValue();
	}

}
