package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.isoko.support.Browser;
import org.isoko.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Every page fits a 360 px wide phone: for anonymous visitors and every demo user, a
 * crawler follows the same-origin links reachable from the home page (one page per path
 * pattern, ids replaced) and checks, in each of the four languages, that the document is
 * no wider than the viewport (every user in English, each page pattern once in French,
 * Kinyarwanda and Chinese). The result pages of the main forms (a failed sign-in, a
 * registration and a checkout with errors) are checked too. All offenders are listed at
 * the end, not only the first.
 * <p>
 * The same crawl reads each page's text in its language ({@link PageTexts}): no missing
 * message, unfilled placeholder, enum constant or English sentence on a French,
 * Kinyarwanda or Chinese page beyond the known offenders listed in
 * {@code platform/language-known-offenders.txt}. The findings of a run are written to
 * {@code target/language-offenders.txt}.
 * <p>
 * Every visible button, and every link styled as one, is at least 44 px high.
 */
@BrowserTest
class NarrowScreenBrowserTests {

	static final List<String> LANGUAGES = List.of("en", "fr", "rw", "zh");

	/**
	 * The demo users (README), one browser session each; null is the anonymous visitor.
	 */
	static final List<String> USERS = List.of("", "admin@isoko.demo", "operator.kigali@isoko.demo",
			"operator.hangzhou@isoko.demo", "customs.hangzhou@isoko.demo", "customs.kigali@isoko.demo",
			"customs.nairobi@isoko.demo", "seller.coop@isoko.demo", "seller.coop2@isoko.demo", "seller.sme@isoko.demo",
			"seller.cn@isoko.demo", "seller.pending@isoko.demo", "buyer.cn@isoko.demo", "importer.cn@isoko.demo",
			"buyer.ke@isoko.demo", "processor.rw@isoko.demo", "logistics.kigali@isoko.demo");

	/** Enough for every page of a role; a crawl that finds more stops there. */
	static final int MAX_PAGES_PER_USER = 60;

	/**
	 * Links not followed: signing out, language switches (each language is crawled on its
	 * own), downloads, the API and its documentation, and the database console.
	 */
	static final Pattern SKIPPED = Pattern.compile(
			"(?i)^/(logout|api/|v3/|swagger|webjars/|h2-console|actuator)|[?&]lang=|\\.(pdf|csv|json|xml|zip|png|jpe?g|svg)(\\?|$)|/download");

	/** A path segment that names one thing: a number, a UUID or a code with digits. */
	static final Pattern ID = Pattern.compile("\\d+|[0-9a-fA-F-]{16,}|(?=.*\\d)[A-Za-z0-9._-]{6,}");

	static final String KNOWN_OFFENDERS = "platform/language-known-offenders.txt";

	private static final PageTexts TEXTS = PageTexts.load();

	/** Every text finding of the run, as {@link PageTexts#line} lines. */
	private static final Set<String> TEXT_FINDINGS = new TreeSet<>();

	/** A finger needs 44 px: the smallest height of a button a phone shows. */
	static final int TAP_HEIGHT = 44;

	/**
	 * The visible buttons (and links styled as buttons) of the page lower than
	 * {@link #TAP_HEIGHT}, as "selector: height".
	 */
	static final String LOW_BUTTONS = """
			return Array.from(document.querySelectorAll('button, .button, input[type=submit], input[type=button]'))
			  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.height < %d - 0.5; })
			  .map(e => (e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : ''))
			    + ': ' + Math.round(e.getBoundingClientRect().height) + ' px');"""
		.formatted(TAP_HEIGHT);

	/** Every button lower than a finger, as "page pattern | selector: height". */
	private static final Set<String> LOW_BUTTON_FINDINGS = new TreeSet<>();

	@Test
	void everyPageOfEveryRoleFitsA360PixelScreenInEveryLanguage(Browser browser) throws IOException {
		TEXT_FINDINGS.clear();
		LOW_BUTTON_FINDINGS.clear();
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		browser.driver().manage().window().setSize(new Dimension(360, 740));
		List<String> offenders = new ArrayList<>();
		int checked = 0;
		Set<String> translated = new HashSet<>();
		for (String user : USERS) {
			browser.driver().manage().deleteAllCookies();
			if (!user.isEmpty()) {
				browser.signInAs(user);
			}
			List<String> pages = crawl(browser, user, offenders);
			checked += pages.size();
			// The crawl is in English; the other languages check each page pattern once,
			// with the first user who reaches it (the templates are the same, keeping the
			// run to a few minutes).
			for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
				browser.open("/?lang=" + language);
				for (String page : pages) {
					if (translated.add(language + " " + pattern(page))) {
						browser.open(page);
						measure(browser, js, user, language, offenders);
						checked++;
					}
				}
			}
		}
		formResults(browser, js, offenders);
		System.out.println("NarrowScreenBrowserTests: " + checked + " page views checked at 360 px, " + offenders.size()
				+ " too wide");
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "language-offenders.txt"), TEXT_FINDINGS);
		Set<String> known = knownOffenders();
		List<String> newFindings = TEXT_FINDINGS.stream().filter(finding -> !known.contains(finding)).toList();
		System.out.println("NarrowScreenBrowserTests: " + TEXT_FINDINGS.size() + " text findings, " + newFindings.size()
				+ " not known; known offenders no longer seen: "
				+ known.stream().filter(finding -> !TEXT_FINDINGS.contains(finding)).count());
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(checked).as("pages checked").isGreaterThan(100);
		softly.assertThat(offenders)
			.as("pages wider than a 360 px screen (user, language, page: document width)")
			.isEmpty();
		softly.assertThat(LOW_BUTTON_FINDINGS)
			.as("buttons lower than %d px on a phone (page | button: height)", TAP_HEIGHT)
			.isEmpty();
		softly.assertThat(newFindings)
			.as("missing messages, placeholders, enum constants or English on pages (language | page | finding), "
					+ "not in " + KNOWN_OFFENDERS)
			.isEmpty();
		softly.assertAll();
	}

	private static Set<String> knownOffenders() throws IOException {
		try (InputStream in = NarrowScreenBrowserTests.class.getClassLoader().getResourceAsStream(KNOWN_OFFENDERS)) {
			assertThat(in).as(KNOWN_OFFENDERS).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toSet());
		}
	}

	/**
	 * Visits the pages reachable from the home page in English, checking each, and
	 * returns their paths (one per path pattern), in the order found.
	 */
	private static List<String> crawl(Browser browser, String user, List<String> offenders) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		browser.open("/?lang=en");
		Map<String, String> seen = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		seen.put(pattern("/"), "/");
		List<String> visited = new ArrayList<>();
		while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_USER) {
			String page = queue.removeFirst();
			browser.open(page);
			visited.add(page);
			measure(browser, js, user, "en", offenders);
			for (String link : links(browser)) {
				if (seen.putIfAbsent(pattern(link), link) == null) {
					queue.addLast(link);
				}
			}
		}
		return visited;
	}

	/** The same-origin links of the current page, as paths with their query. */
	private static Set<String> links(Browser browser) {
		String origin = URI.create(browser.url("/")).getAuthority();
		Set<String> links = new LinkedHashSet<>();
		for (WebElement anchor : browser.findAll("a[href]")) {
			String href = anchor.getDomProperty("href");
			if (href == null || anchor.getDomAttribute("download") != null) {
				continue;
			}
			URI uri;
			try {
				uri = URI.create(href);
			}
			catch (IllegalArgumentException malformed) {
				continue;
			}
			if (!"http".equals(uri.getScheme()) || !origin.equals(uri.getRawAuthority())) {
				continue;
			}
			String path = uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
			if (!SKIPPED.matcher(path).find()) {
				links.add(path);
			}
		}
		return links;
	}

	/**
	 * A page's path with its ids replaced and its query reduced to the parameter names:
	 * {@code /orders/42?page=2} and {@code /orders/7?page=3} are the same page.
	 */
	static String pattern(String path) {
		int question = path.indexOf('?');
		String route = (question < 0) ? path : path.substring(0, question);
		StringBuilder pattern = new StringBuilder();
		for (String segment : route.split("/")) {
			if (!segment.isEmpty()) {
				pattern.append('/').append(ID.matcher(segment).matches() ? "{id}" : segment);
			}
		}
		if (question >= 0) {
			pattern.append('?');
			for (String parameter : path.substring(question + 1).split("&")) {
				pattern.append(parameter.split("=", 2)[0]).append('&');
			}
		}
		return pattern.isEmpty() ? "/" : pattern.toString();
	}

	private static void measure(Browser browser, JavascriptExecutor js, String user, String language,
			List<String> offenders) {
		Object widths = js.executeScript(
				"return [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.lang]");
		List<?> w = (List<?>) widths;
		long width = ((Number) w.get(0)).longValue();
		long viewport = ((Number) w.get(1)).longValue();
		assertThat(viewport).as("the window is a phone's").isLessThanOrEqualTo(360);
		assertThat(w.get(2)).as("language of %s", browser.currentPath()).isEqualTo(language);
		List<?> page = (List<?>) js.executeScript(PageTexts.READ_PAGE);
		String text = (String) page.get(0);
		List<String> otherLanguages = ((List<?>) page.get(1)).stream().map(String::valueOf).toList();
		for (String finding : TEXTS.check(language, text, otherLanguages)) {
			TEXT_FINDINGS.add(PageTexts.line(language, pattern(browser.currentPath()), finding));
		}
		for (Object low : (List<?>) js.executeScript(LOW_BUTTONS)) {
			LOW_BUTTON_FINDINGS.add(pattern(browser.currentPath()) + " | " + low);
		}
		if (width > viewport) {
			offenders.add((user.isEmpty() ? "anonymous" : user) + ", " + language + ", " + browser.currentPath() + ": "
					+ width + " px");
		}
	}

	/** The pages a failed form answers with, in each language. */
	private static void formResults(Browser browser, JavascriptExecutor js, List<String> offenders) {
		for (String language : LANGUAGES) {
			browser.driver().manage().deleteAllCookies();
			browser.open("/login?lang=" + language);
			browser.type("input[name=username]", "nobody@isoko.demo").type("input[name=password]", "wrong");
			browser.click("#sign-in");
			measure(browser, js, "anonymous (failed sign-in)", language, offenders);

			browser.open("/register");
			browser.click("#register");
			measure(browser, js, "anonymous (empty registration)", language, offenders);

			browser.signInAs("buyer.ke@isoko.demo");
			if (browser.findAll("#to-checkout").isEmpty() && browser.open("/cart").findAll("#to-checkout").isEmpty()) {
				browser.open("/shop").click(".result h2 a");
				browser.click("#add-to-cart-button");
			}
			browser.open("/checkout");
			for (WebElement field : browser.findAll("#checkout-form input[id^=address-]")) {
				field.clear();
			}
			browser.click("#place-orders");
			assertThat(browser.findAll(".field-error")).as("the checkout answered with errors").isNotEmpty();
			measure(browser, js, "buyer.ke@isoko.demo (checkout with errors)", language, offenders);
		}
	}

}
