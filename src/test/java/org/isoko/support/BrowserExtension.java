package org.isoko.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method that asks for one a fresh {@link Browser} pointed at the application under test, and
 * closes it afterwards (keeping a screenshot and the page source under target/browser-failures when the test
 * failed). Checks first that Chromium and ChromeDriver are installed: skipped without them on a developer machine,
 * a failure under {@code CI=true}.
 */
public class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String missing = "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "), which are not installed. .ci/run installs them; by hand: apt-get install -y chromium chromium-driver";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(missing + ". Under CI=true a browser test fails instead of being skipped.");
		}
		Assumptions.abort(missing + ". Skipping " + context.getDisplayName() + ".");
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("A Browser needs the application on a real port: use @BrowserTest (RANDOM_PORT)");
		}
		Browser browser = Browser.start(CHROMIUM, CHROMEDRIVER, "http://localhost:" + port);
		context.getStore(NAMESPACE).put(context.getUniqueId(), browser);
		return browser;
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		Browser browser = context.getStore(NAMESPACE).remove(context.getUniqueId(), Browser.class);
		if (browser == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
				Path saved = browser.saveEvidence(Paths.get("target", "browser-failures"), name);
				System.err.println("Browser test failed on " + browser.currentUrl() + "; screenshot and page source in " + saved);
			}
		}
		finally {
			browser.close();
		}
	}
}
