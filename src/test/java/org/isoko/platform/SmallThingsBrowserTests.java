package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The pages of the "smaller things" users found, at 360 px and on a desktop, in English
 * and Kinyarwanda: nothing wider than the screen, shop cards without list bullets,
 * process and reference on each card, the address book and the seller's order counts.
 * Screenshots go to target/screenshots/small-things for a person to look at.
 */
@BrowserTest
class SmallThingsBrowserTests {

	static final List<Integer> WIDTHS = List.of(360, 1280);

	static final List<String> LANGUAGES = List.of("en", "rw");

	@Test
	void shopCardsHaveNoBulletsAndTellLotsApartAtBothWidths(Browser browser) {
		for (int width : WIDTHS) {
			for (String language : LANGUAGES) {
				look(browser, width, "/shop?destination=CN&lang=" + language, "shop-" + language);
				List<WebElement> cards = browser.findAll("ul.cards > li.card");
				assertThat(cards).as("shop cards at %d px", width).isNotEmpty();
				assertThat(cards).allSatisfy(card -> {
					assertThat(card.getCssValue("list-style-type")).isEqualTo("none");
					// nothing drawn as a marker beside the card either
					assertThat(((JavascriptExecutor) browser.driver())
						.executeScript("return getComputedStyle(arguments[0], '::marker').content;", card))
						.isIn("normal", "none", "\"\"", "");
					assertThat(card.findElement(org.openqa.selenium.By.cssSelector(".lot-reference")).getText())
						.isNotBlank();
				});
			}
		}
	}

	@Test
	void theBuyersAddressBookAndTheSellersConsoleFitAPhone(Browser browser) {
		browser.signInAs("buyer.cn@isoko.demo");
		for (int width : WIDTHS) {
			for (String language : LANGUAGES) {
				look(browser, width, "/account/addresses?lang=" + language, "addresses-" + language);
				assertThat(browser.findAll("#cbec-quota")).hasSize(1);
				assertThat(browser.findAll("#address-form")).hasSize(1);
				look(browser, width, "/account?lang=" + language, "account-" + language);
				assertThat(browser.findAll("#addresses-link")).hasSize(1);
			}
		}
		browser.open("/logout");
		browser.signInAs("seller.coop@isoko.demo");
		for (int width : WIDTHS) {
			for (String language : LANGUAGES) {
				look(browser, width, "/seller?lang=" + language, "seller-" + language);
				assertThat(browser.findAll("#count-to-accept")).hasSize(1);
				look(browser, width, "/seller/orders?lang=" + language, "seller-orders-" + language);
			}
		}
	}

	/**
	 * Opens the page at the width, saves a screenshot and checks that nothing makes the
	 * page wider than the screen.
	 */
	static void look(Browser browser, int width, String path, String name) {
		// tall enough to see the cards under the shop's form
		browser.driver().manage().window().setSize(new Dimension(width, 2400));
		browser.open(path);
		browser.screenshot("small-things/" + name + "-" + width);
		Object overflow = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at %d px", path, width)
			.isLessThanOrEqualTo(0);
	}

}
