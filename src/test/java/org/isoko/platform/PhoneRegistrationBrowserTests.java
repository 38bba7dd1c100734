package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 16 on a phone: a farmer registers with a phone number typed as on the phone, in
 * each language on a 360 px screen, is signed in at once and told what verification
 * needs. Screenshots of the registration and account pages go to
 * {@code target/screenshots/register-<lang>-360.png} and {@code account-<lang>-360.png}.
 */
@BrowserTest
class PhoneRegistrationBrowserTests {

	@Test
	void aFarmerRegistersWithAPhoneNumberOnA360PixelScreenInEveryLanguage(Browser browser) throws Exception {
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		for (String language : List.of("rw", "en", "fr", "zh")) {
			browser.driver().manage().deleteAllCookies();
			browser.open("/register?lang=" + language);
			fits(browser, language);
			browser.screenshot("register-" + language + "-360");

			String digits = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
			String typed = "0788 " + digits.substring(0, 3) + " " + digits.substring(3);
			browser.click("input[name=kind][value=FARMER_GROUP]")
				.type("#organisationName", "Abahinzi b'ibishyimbo " + language)
				.type("#displayName", "Uwase Jeanne")
				.type("#password", "ibishyimbo-byiza-2026")
				.type("#phone", typed);
			new org.openqa.selenium.support.ui.Select(browser.find("#country")).selectByValue("RW");
			browser.click("#register");

			assertThat(browser.currentPath()).isEqualTo("/account");
			assertThat(browser.text("#registered")).isNotBlank();
			assertThat(browser.text("#pending-help")).contains("2");
			assertThat(browser.driver().getPageSource()).contains("+250788" + digits);
			fits(browser, language);
			browser.screenshot("account-" + language + "-360");
		}
	}

	private static void fits(Browser browser, String language) {
		List<?> w = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
				"return [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.lang]");
		assertThat(w.get(2)).isEqualTo(language);
		assertThat(((Number) w.get(0)).longValue()).as("%s in %s fits the screen", browser.currentPath(), language)
			.isLessThanOrEqualTo(((Number) w.get(1)).longValue());
	}

}
