package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The hub views on a 360 px phone in the four languages: the seller's parcels, the
 * destination agent's arrivals, the operator's stuck parcels and freight margins. Each
 * page is no wider than the screen, has its heading in the language asked for, and no
 * missing text.
 */
@BrowserTest
class HubViewsBrowserTests {

	static final Map<String, List<String>> PAGES = Map.of("seller.coop@isoko.demo", List.of("/logistics/my-parcels"),
			"logistics.hangzhou@isoko.demo", List.of("/logistics/arrivals", "/logistics/stuck"),
			"operator.kigali@isoko.demo", List.of("/logistics/stuck", "/logistics/margins"));

	@Test
	void theHubViewsFitAPhoneInEveryLanguage(Browser browser) {
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		PAGES.forEach((user, pages) -> {
			browser.driver().manage().deleteAllCookies();
			browser.signInAs(user);
			for (String page : pages) {
				for (String language : List.of("en", "fr", "rw", "zh")) {
					browser.open(page + "?lang=" + language);
					List<?> w = (List<?>) js.executeScript(
							"return [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.lang]");
					String where = user + " " + page + " " + language;
					assertThat(((Number) w.get(1)).longValue()).as("viewport").isLessThanOrEqualTo(360);
					assertThat(((Number) w.get(0)).longValue()).as("width of %s", where)
						.isLessThanOrEqualTo(((Number) w.get(1)).longValue());
					assertThat(w.get(2)).as("language of %s", where).isEqualTo(language);
					assertThat(browser.text("main h1")).as("heading of %s", where).isNotBlank();
					assertThat(browser.text("main")).as("texts of %s", where).doesNotContain("??");
				}
			}
		});
	}

}
