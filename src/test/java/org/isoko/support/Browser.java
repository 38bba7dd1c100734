package org.isoko.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through ChromeDriver, pointed at the application under test.
 * Made by {@link BrowserExtension} for {@link BrowserTest}s; {@link #driver()} gives the
 * full Selenium API, the other methods are the few steps most journeys need.
 * <p>
 * Nothing is downloaded: the driver and the browser are Debian's
 * ({@code /usr/bin/chromedriver}, {@code /usr/bin/chromium}), named explicitly so that
 * Selenium Manager never runs, and Chromium's own background traffic (updates, sync,
 * metrics) is switched off because this machine has no network beyond localhost.
 */
public final class Browser implements AutoCloseable {

	public static final String DEMO_PASSWORD = "isoko-demo";

	static final Duration WAIT = Duration.ofSeconds(15);
	static final Duration LEAVE_WAIT = Duration.ofSeconds(5);

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	// Kept in a field: java.util.logging holds loggers weakly, and the level would be
	// lost with the logger.
	private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	static Browser start(Path chromium, Path chromedriver, String baseUrl) {
		// Selenium Manager must not look for (or report on) drivers: the paths below are
		// given explicitly.
		System.setProperty("SE_AVOID_STATS", "true");
		System.setProperty("webdriver.chrome.driver", chromedriver.toString());
		SELENIUM_LOG.setLevel(Level.SEVERE); // e.g. "no CDP implementation for Chromium
												// N": we use WebDriver only
		Path profile;
		try {
			profile = Files.createTempDirectory("isoko-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-default-apps", "--disable-extensions", "--window-size=1280,900",
				"--lang=en-US", "--user-data-dir=" + profile);
		// English unless a test picks another language: the application follows
		// Accept-Language.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.withLogOutput(OutputStream.nullOutputStream())
			.build();
		ChromeDriver driver;
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException e) {
			deleteRecursively(profile);
			throw e;
		}
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, baseUrl, profile);
	}

	/** The full Selenium API, for whatever the helpers below do not cover. */
	public WebDriver driver() {
		return driver;
	}

	/**
	 * The absolute URL of a path of the application under test, e.g.
	 * {@code url("/login")}.
	 */
	public String url(String path) {
		return baseUrl + path;
	}

	public Browser open(String path) {
		driver.get(url(path));
		return this;
	}

	public String currentUrl() {
		return driver.getCurrentUrl();
	}

	/** The path (and query) of the current page, without the scheme, host and port. */
	public String currentPath() {
		String current = driver.getCurrentUrl();
		return current.startsWith(baseUrl) ? current.substring(baseUrl.length()) : current;
	}

	/**
	 * Waits until an element matching the CSS selector is on the page, then returns it.
	 */
	public WebElement find(String css) {
		return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	public List<WebElement> findAll(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public String text(String css) {
		return find(css).getText().trim();
	}

	public Browser type(String css, String value) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/**
	 * Clicks an element and waits for the page it leads to: first for the old page to go
	 * stale (right after the click the old page is still there, and "complete"), then for
	 * the new one to load. A click that leads nowhere waits {@link #LEAVE_WAIT} for
	 * nothing.
	 */
	public Browser click(String css) {
		WebElement page = clickFresh(css);
		try {
			new WebDriverWait(driver, LEAVE_WAIT).until(d -> replaced(page));
		}
		catch (TimeoutException stayed) {
			// The click did not lead to another page (or the page is still answering):
			// the load check below decides.
		}
		waitForPageLoad();
		return this;
	}

	/**
	 * Whether the page this element belongs to has been replaced. Chrome reports a node
	 * of a replaced document either as a stale element or, while the new document is
	 * being built, as "does not belong to the document".
	 */
	private static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException gone) {
			return true;
		}
		catch (WebDriverException e) {
			if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	/**
	 * Finds the element and clicks it, finding it again when the document was replaced in
	 * between (a page that was still loading can swap its DOM after the element was
	 * found: Chrome then reports a stale node). Returns the page's root element as it was
	 * when the click landed.
	 */
	private WebElement clickFresh(String css) {
		WebDriverException last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				WebElement element = new WebDriverWait(driver, WAIT)
					.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
				WebElement page = driver.findElement(By.tagName("html"));
				element.click();
				return page;
			}
			catch (WebDriverException replaced) {
				boolean stale = replaced instanceof org.openqa.selenium.StaleElementReferenceException
						|| String.valueOf(replaced.getMessage()).contains("does not belong to the document");
				if (!stale) {
					throw replaced;
				}
				last = replaced;
				waitForPageLoad();
			}
		}
		throw last;
	}

	/**
	 * Signs in through the login page ({@code GET /login}, fields username and password,
	 * button #sign-in).
	 */
	public Browser signIn(String email, String password) {
		open("/login");
		type("input[name=username]", email);
		type("input[name=password]", password);
		click("#sign-in");
		new WebDriverWait(driver, WAIT).until(d -> !currentPath().startsWith("/login"));
		return this;
	}

	/** Signs in as one of the demo users (password {@value #DEMO_PASSWORD}). */
	public Browser signInAs(String demoEmail) {
		return signIn(demoEmail, DEMO_PASSWORD);
	}

	/**
	 * Saves what the browser shows as {@code target/screenshots/<name>.png}, for a person
	 * to look at ({@code name} may name a sub-folder: {@code "small-things/shop-360"}).
	 */
	public Browser screenshot(String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/**
	 * Screenshots of the page at a phone's width (360 px, {@code <name>-360}) and at
	 * desktop width ({@code <name>-desktop}), both 1400 px tall. The window gets its size
	 * back.
	 */
	public void screenshotsAtPhoneAndDesktop(String name) {
		screenshotsAtPhoneAndDesktop(name, browser -> {
		});
	}

	/**
	 * The same, running {@code atPhoneWidth} before the phone's screenshot is taken, for
	 * checks that need the narrow window.
	 */
	public void screenshotsAtPhoneAndDesktop(String name, Consumer<Browser> atPhoneWidth) {
		Dimension before = driver.manage().window().getSize();
		try {
			driver.manage().window().setSize(new Dimension(360, 1400));
			atPhoneWidth.accept(this);
			screenshot(name + "-360");
			driver.manage().window().setSize(new Dimension(1280, 1400));
			screenshot(name + "-desktop");
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	/**
	 * What the current page weighs over the wire, as a browser receives it (compressed
	 * where the server compresses, as it does for every browser): its HTML, fetched again
	 * over HTTP with the browser's cookies (so as the same user and language), plus every
	 * stylesheet and script it links to. Images are not counted (our budget is for
	 * HTML+CSS+JS). The bytes sent are what a buyer on a slow connection waits for: htmx
	 * alone is 51 KB as a file and 16 KB sent.
	 */
	public PageWeight pageWeight() {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		String page = driver.getCurrentUrl();
		Map<String, Long> resources = new LinkedHashMap<>();
		Stream
			.concat(findAll("link[rel~='stylesheet'][href]").stream().map(link -> link.getDomProperty("href")),
					findAll("script[src]").stream().map(script -> script.getDomProperty("src")))
			.distinct()
			.forEach(url -> resources.put(url, (long) fetch(url, cookies, true).body().length));
		// The page itself may be an error page (404 and friends are pages too, with the
		// same budget).
		HttpResponse<byte[]> html = fetch(page, cookies, false);
		return new PageWeight(page, html.statusCode(), html.body().length, resources);
	}

	public Cookie cookie(String name) {
		return driver.manage().getCookieNamed(name);
	}

	private HttpResponse<byte[]> fetch(String url, String cookies, boolean mustBeOk) {
		// java.net.http does not decompress: with this header the body is what the server
		// sent.
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(WAIT)
			.header("Accept-Encoding", "gzip")
			.GET();
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (mustBeOk && response.statusCode() != 200) {
				throw new IllegalStateException(
						"GET " + url + " answered " + response.statusCode() + " while weighing the page");
			}
			return response;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void waitForPageLoad() {
		new WebDriverWait(driver, WAIT)
			.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
	}

	/**
	 * Saves a screenshot and the page source, to see what the browser saw when a test
	 * failed.
	 */
	Path saveEvidence(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
		Files.writeString(folder.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
		return folder.toAbsolutePath();
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteRecursively(profile);
		}
	}

	private static void deleteRecursively(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			// A leftover temporary profile is harmless; the test result matters more.
		}
	}

	/** The bytes sent for a page and for the stylesheets and scripts it loads. */
	public record PageWeight(String page, int status, long htmlBytes, Map<String, Long> resourceBytes) {

		public long totalBytes() {
			return htmlBytes + resourceBytes.values().stream().mapToLong(Long::longValue).sum();
		}

		@Override
		public String toString() {
			return page + " (" + status + "): " + totalBytes() + " bytes (HTML " + htmlBytes + ", " + resourceBytes
					+ ")";
		}
	}

}
