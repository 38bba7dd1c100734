package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The phone simulator at /ussd, as someone trying the USSD channel in a browser would use
 * it on a phone-sized screen: dial, enter the demo PIN, switch the menus to English,
 * restock a lot, see the session end.
 */
@BrowserTest
class UssdBrowserTests {

	@Test
	void drivesAWholeUssdFlowThroughThePhoneSimulatorAt360Pixels(Browser browser) {
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		browser.open("/ussd?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Phone simulator (USSD)");
		assertNoHorizontalScroll(browser);

		browser.click("#dial");
		// Whatever language an earlier session chose, the first screen asks for the PIN.
		assertThat(browser.text("#screen")).contains("PIN");
		answer(browser, "1357");
		assertThat(browser.text("#screen")).startsWith("Isoko: Abahuzamugambi");
		answer(browser, "5");
		assertThat(browser.text("#screen")).contains("2 English");
		answer(browser, "2");
		assertThat(browser.text("#screen")).contains("2 Stock of my lots");
		assertNoHorizontalScroll(browser);
		answer(browser, "2");
		assertThat(browser.text("#screen")).startsWith("My lots (units left):").contains("1 ");
		answer(browser, "1");
		assertThat(browser.text("#screen")).contains("1 Restock").contains("2 Change price");
		answer(browser, "1");
		assertThat(browser.text("#screen")).isEqualTo("How many units to add?");
		answer(browser, "3");

		assertThat(browser.text("#screen")).startsWith("Added 3 units. Now ");
		assertThat(browser.text("#ended")).isEqualTo("The session ended.");
		assertThat(browser.findAll("#answer-form")).isEmpty();
		assertThat(browser.findAll("#dial")).hasSize(1);
		assertNoHorizontalScroll(browser);
	}

	@Test
	void thePageChromeSpeaksTheVisitorsLanguage(Browser browser) {
		browser.open("/ussd?lang=zh");
		assertThat(browser.text("h1")).isEqualTo(bundle("zh").getProperty("channels.ussd.title"));
		browser.open("/ussd?lang=rw");
		assertThat(browser.text("h1")).isEqualTo(bundle("rw").getProperty("channels.ussd.title"));
		browser.open("/ussd?lang=fr");
		assertThat(browser.text("#dial")).isEqualTo("Composer *384*4756#");
	}

	private static void answer(Browser browser, String input) {
		browser.type("#input", input).click("#send");
	}

	private static void assertNoHorizontalScroll(Browser browser) {
		Object width = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth");
		Object viewport = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.clientWidth");
		assertThat(((Number) width).longValue()).isLessThanOrEqualTo(((Number) viewport).longValue());
	}

	private static Properties bundle(String language) {
		Properties properties = new Properties();
		try (var in = UssdBrowserTests.class.getResourceAsStream("/i18n/channels_" + language + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

}
