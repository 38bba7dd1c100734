package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.isoko.support.PageBudget;
import org.junit.jupiter.api.Test;

/**
 * The page shell as a person meets it: signing in, the navigation, the language switch
 * and the page budget.
 */
@BrowserTest
class ShellBrowserTests {

	static final String SELLER = "seller.coop@isoko.demo";

	static final Properties ENGLISH = bundle("i18n/shell.properties");
	static final Properties KINYARWANDA = bundle("i18n/shell_rw.properties");

	@Test
	void signsInAsADemoSellerSwitchesToKinyarwandaAndSeesTheTranslatedNavigation(Browser browser) {
		browser.signInAs(SELLER);
		assertThat(browser.currentPath()).isIn("/", "/?continue");
		assertThat(browser.text("#nav-home")).isEqualTo(ENGLISH.getProperty("nav.home"));
		assertThat(browser.text("#nav-sign-out")).isEqualTo(ENGLISH.getProperty("nav.signOut"));

		browser.click("#lang-rw");

		assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("rw");
		assertTranslated(browser, "#nav-home", "nav.home");
		assertTranslated(browser, "#nav-network", "nav.network");
		assertTranslated(browser, "#nav-seller", "nav.seller");
		assertTranslated(browser, "#nav-account", "nav.account");
		assertTranslated(browser, "#nav-sign-out", "nav.signOut");
		assertThat(browser.text("#main-nav"))
			.contains(KINYARWANDA.getProperty("nav.home"), KINYARWANDA.getProperty("nav.account"))
			.doesNotContain(ENGLISH.getProperty("nav.home"), ENGLISH.getProperty("nav.account"));
		// Every link of the navigation, whichever modules added it, speaks Kinyarwanda.
		assertThat(browser.findAll("#main-nav a")).isNotEmpty()
			.allSatisfy(link -> assertThat(link.getText().trim()).as("#%s", link.getDomAttribute("id"))
				.isIn(navigationTexts(KINYARWANDA))
				.isNotIn(navigationTexts(ENGLISH)));
		// Still signed in as the seller: the language switch did not lose the session.
		assertThat(browser.findAll("#nav-sign-in")).isEmpty();

		PageBudget.assertWithin(browser, "/?lang=rw");
		browser.click("#nav-account");
		assertTranslated(browser, "#nav-account", "nav.account");
		PageBudget.assertWithin(browser, "/account");
	}

	@Test
	void keepsTheChosenLanguageAfterSigningOut(Browser browser) {
		browser.signInAs(SELLER).click("#lang-rw");

		browser.click("#nav-sign-out");

		assertThat(browser.findAll("#nav-sign-out")).as("signed out").isEmpty();
		assertTranslated(browser, "#nav-sign-in", "nav.signIn");
		assertTranslated(browser, "#nav-home", "nav.home");
		assertThat(browser.cookie("isoko-lang")).as("the language is kept in a cookie, not in the session").isNotNull();
	}

	private static void assertTranslated(Browser browser, String css, String key) {
		String kinyarwanda = KINYARWANDA.getProperty(key);
		assertThat(kinyarwanda).as("%s in shell_rw.properties", key)
			.isNotBlank()
			.isNotEqualTo(ENGLISH.getProperty(key));
		assertThat(browser.text(css)).as("%s (%s)", css, key).isEqualTo(kinyarwanda);
	}

	private static List<String> navigationTexts(Properties bundle) {
		return bundle.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("nav."))
			.map(bundle::getProperty)
			.toList();
	}

	private static Properties bundle(String resource) {
		Properties properties = new Properties();
		try (InputStream in = ShellBrowserTests.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the classpath");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

}
