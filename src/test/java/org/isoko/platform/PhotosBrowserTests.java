package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.isoko.catalog.photos.TestImages;
import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.PageBudget;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Photos as people meet them: a seller adds one from a phone, a buyer on a phone browses
 * the shop with photos on the cards, and the images a phone loads stay within their
 * budget.
 */
@BrowserTest
class PhotosBrowserTests {

	static final long IMAGE_BUDGET = 100 * 1024;

	@Test
	void aSellerAddsAPhotoFromAPhoneAndBuyersSeeIt(Browser browser) throws IOException {
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		browser.signInAs("seller.coop@isoko.demo");
		browser.open("/seller/products");
		browser.click("main table a[href^='/seller/products/'], main .cards a[href^='/seller/products/']");
		assertThat(browser.findAll("#photos")).hasSize(1);
		int before = browser.findAll("#photos .photo").size();

		Path photo = Files.createTempFile("beans", ".png");
		Files.write(photo, TestImages.encode(TestImages.halves(1200, 900), "png"));
		browser.find("#file").sendKeys(photo.toAbsolutePath().toString());
		browser.type("#altEn", "Our beans on the drying beds");
		browser.click("#add-photo");
		browser.screenshot("photos-seller-added-360");

		assertThat(browser.text("#saved")).isNotBlank();
		List<WebElement> photos = browser.findAll("#photos .photo img");
		assertThat(photos).hasSize(before + 1);
		assertThat(photos)
			.anySatisfy(img -> assertThat(img.getDomAttribute("alt")).isEqualTo("Our beans on the drying beds"));
		assertFitsTheScreen(browser);
		browser.screenshot("photos-seller-360");

		// A refused file comes back with its message by the field, the typed alt text
		// kept.
		Path text = Files.createTempFile("notes", ".jpg");
		Files.writeString(text, "not a photo at all");
		browser.find("#file").sendKeys(text.toAbsolutePath().toString());
		browser.type("#altFr", "Pas une photo");
		browser.click("#add-photo");
		assertThat(browser.text("#file-error")).isNotBlank();
		assertThat(browser.find("#altFr").getDomProperty("value")).isEqualTo("Pas une photo");
		assertThat(browser.findAll("#photos .photo img")).hasSize(before + 1);
		assertFitsTheScreen(browser);
	}

	@Test
	void aBuyerOnAPhoneSeesPhotosOnTheShopCardsWithinTheImageBudget(Browser browser) {
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		browser.open("/shop?destination=CN");
		List<WebElement> cards = browser.findAll(".card.result");
		assertThat(cards).isNotEmpty();
		assertThat(browser.findAll(".card.result img.card-photo")).as("demo lots have photos").isNotEmpty();
		assertFitsTheScreen(browser);
		long imageBytes = imageBytesLoaded(browser);
		assertThat(imageBytes).as("photo bytes a phone loads on the shop page").isPositive().isLessThan(IMAGE_BUDGET);
		PageBudget.assertWithin(browser, "/shop");
		browser.screenshot("photos-shop-360");

		// Other tests add lots without photos to the shared database: open one that has a
		// photo.
		browser.click(".card.result:has(img.card-photo) h2 a");
		assertThat(browser.findAll("#gallery img")).isNotEmpty();
		WebElement main = browser.find("#gallery .photo-main img");
		assertThat(main.getDomAttribute("srcset")).contains("320w").contains("w,");
		assertThat(((Number) js(browser, "return arguments[0].naturalWidth", main)).intValue()).isPositive();
		assertFitsTheScreen(browser);
		browser.screenshot("photos-lot-360");

		browser.driver().manage().window().setSize(new Dimension(1280, 900));
		browser.open("/shop?destination=CN");
		assertFitsTheScreen(browser);
		browser.screenshot("photos-shop-desktop");
	}

	/**
	 * The bytes of every image the page loaded, once the images in view have arrived
	 * (lazy ones below the fold are not fetched: that is the point).
	 */
	private static long imageBytesLoaded(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> (Boolean) js(browser, """
				return [...document.images].filter(i => i.getBoundingClientRect().top < innerHeight)
				  .every(i => i.complete && i.naturalWidth > 0)"""));
		Object bytes = js(browser, """
				return performance.getEntriesByType('resource')
				  .filter(e => e.initiatorType === 'img')
				  .reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize || 0), 0);""");
		return ((Number) bytes).longValue();
	}

	private static void assertFitsTheScreen(Browser browser) {
		long width = ((Number) js(browser, "return document.documentElement.scrollWidth")).longValue();
		long viewport = ((Number) js(browser, "return window.innerWidth")).longValue();
		assertThat(width).as("document width on " + browser.currentPath()).isLessThanOrEqualTo(viewport);
	}

	private static Object js(Browser browser, String script, Object... args) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
	}

}
