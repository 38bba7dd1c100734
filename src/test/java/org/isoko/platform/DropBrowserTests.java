package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.LotFixtures;
import org.isoko.support.PageBudget;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A drop in a real browser (issue 6): the Kigali hub operator schedules a drop from the
 * form, a consumer in China orders a bag from the drop's page and sees the stock go down,
 * then the operator closes the drop early from its confirmation page and the drop's page
 * says why. Every page on the way stays within the 50 KB budget.
 */
@BrowserTest
class DropBrowserTests {

	static final String OPERATOR = "operator.kigali@isoko.demo";
	static final String BUYER = "buyer.cn@isoko.demo";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Test
	void anOperatorSchedulesADropABuyerOrdersFromItAndTheOperatorClosesItEarly(Browser browser) {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", 30, 15_000, 1);
		String title = "Browser drop " + lot.reference();

		// The operator schedules it: the lot is preselected from ?lot=, the times are
		// datetime-local fields (in the hub's time zone).
		browser.signInAs(OPERATOR).open("/operator/drops/new?lot=" + lot.id());
		browser.type("#drop-title", title).type("#drop-quantity", "20").type("#drop-perBuyerCap", "2");
		Instant now = Instant.now();
		setValue(browser, "#drop-startsAt", now.minus(Duration.ofMinutes(1)));
		setValue(browser, "#drop-endsAt", now.plus(Duration.ofHours(2)));
		browser.click("input[name=corridors][value='" + lot.corridor() + "']");
		PageBudget.assertWithin(browser, "/operator/drops/new");
		browser.click("#schedule-drop");
		waitFor(browser, () -> !browser.findAll("#drop-created").isEmpty());
		String drop = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM ordering_drop WHERE title = :title")
			.param("title", title)
			.query(String.class)
			.single();
		assertThat(browser.text("#drop-" + drop)).contains(title).contains("Live");
		PageBudget.assertWithin(browser, "/operator/drops");

		// A consumer in China orders one bag from the drop's page.
		browser.click("#nav-sign-out");
		browser.find("#nav-sign-in");
		browser.signInAs(BUYER).open("/drops/" + drop);
		assertThat(browser.text("#drop-remaining")).contains("20").contains("20");
		PageBudget.assertWithin(browser, "/drops/" + drop);
		browser.type("#drop-quantity", "1")
			.type("#address-name", "Li Wei")
			.type("#address-phone", "+86 138 0013 8000")
			.type("#address-line", "88 Wensan Road")
			.type("#address-city", "Hangzhou")
			.type("#address-region", "Zhejiang");
		browser.click("#drop-order");
		waitFor(browser, () -> browser.currentPath().startsWith("/orders/"));
		browser.open("/drops/" + drop);
		assertThat(browser.text("#drop-remaining")).startsWith("19");

		// The operator closes it early, giving the reason buyers will read.
		browser.click("#nav-sign-out");
		browser.find("#nav-sign-in");
		browser.signInAs(OPERATOR).open("/operator/drops");
		browser.click("#drop-" + drop + " a.close-drop");
		waitFor(browser, () -> browser.currentPath().endsWith("/close"));
		assertThat(browser.text("#drop-close-effects")).contains("19");
		PageBudget.assertWithin(browser, "/operator/drops/" + drop + "/close");
		browser.type("#drop-close-reason", "The lot failed its quality check");
		browser.click("#drop-close");
		waitFor(browser, () -> !browser.findAll("#drop-closed").isEmpty());
		assertThat(browser.text("#drop-" + drop)).contains("Ended");

		browser.open("/drops/" + drop);
		assertThat(browser.text("#drop-closed-early")).contains("The lot failed its quality check");
		assertThat(browser.findAll("#drop-order-form")).isEmpty();
		assertThat(lotFixtures.available(lot.id())).isEqualTo(29); // 10 never in
																	// the drop +
																	// 19 given
																	// back
	}

	/**
	 * A datetime-local field takes its value in the browser's own format when typed: set
	 * it as the form sends it.
	 */
	private static void setValue(Browser browser, String css, Instant at) {
		// The form reads times in the operator's hub's zone (Kigali).
		String local = at.atZone(ZoneId.of("Africa/Kigali"))
			.toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css),
				local);
	}

	private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> condition.getAsBoolean());
	}

}
