package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.PageBudget;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The landed price before ordering (issue 17), in a real browser on a 360 px phone and on
 * a desktop: a Kenyan buyer sees the demo lot's and the live demo drop's landed price in
 * shillings, and opens the breakdown with a click (a {@code <details>} element, no
 * script); an anonymous visitor is asked to sign in. Pages fit the screen and stay within
 * the 50 KB budget.
 */
@BrowserTest
class LandedPriceBrowserTests {

	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKenyanBuyerSeesTheLandedPriceInShillingsAndOpensTheBreakdownOnAPhoneAndADesktop(Browser browser) {
		String lot = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM catalog_lot WHERE reference = 'ABZ-2026-FW-01'")
			.query(String.class)
			.single();
		String drop = jdbc.sql(
				"SELECT CAST(id AS VARCHAR(36)) FROM ordering_drop WHERE title = 'Launch drop: Gakenke washed Bourbon'")
			.query(String.class)
			.single();

		browser.driver().manage().window().setSize(new Dimension(360, 740));
		browser.open("/lots/" + lot + "?destination=KE");
		assertThat(browser.findAll("#landed-sign-in")).as("anonymous visitors are asked to sign in").hasSize(1);
		assertThat(browser.findAll("#landed .landed-unit")).isEmpty();

		browser.signInAs(KENYAN_BUYER);
		for (String page : new String[] { "/lots/" + lot, "/drops/" + drop }) {
			for (Dimension size : new Dimension[] { new Dimension(360, 740), new Dimension(1280, 900) }) {
				browser.driver().manage().window().setSize(size);
				browser.open(page);
				assertThat(browser.text("#landed .landed-unit")).as(page).contains("KES").doesNotContain("RWF");
				assertThat(browser.text("#landed .landed-total")).contains("KES");
				assertThat(browser.find("#landed .landed-duty").isDisplayed()).as("breakdown closed at first")
					.isFalse();
				browser.click("#landed details summary");
				assertThat(browser.find("#landed .landed-duty").isDisplayed()).as("breakdown opened").isTrue();
				assertThat(browser.text("#landed .landed-taxes")).contains("KES");
				assertFitsTheScreen(browser);
			}
			PageBudget.assertWithin(browser, page);
		}
	}

	private static void assertFitsTheScreen(Browser browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
		long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
		assertThat(width).as("document width on " + browser.currentPath()).isLessThanOrEqualTo(viewport);
	}

}
