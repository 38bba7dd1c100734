package org.isoko.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method that asks for one a fresh {@link Browser} pointed at the
 * application under test, and closes it afterwards (keeping a screenshot and the page
 * source under target/browser-failures when the test failed). Checks first that Chromium
 * and ChromeDriver are installed: without them a browser test is skipped on a developer
 * machine (so that {@code ./mvnw verify} works on a fresh clone) and fails under
 * {@code CI=true}.
 */
public class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver, AfterEachCallback {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	/**
	 * Without a browser, each test method is skipped on a developer machine, with the
	 * reason (counted as skipped, and before any Spring context is started for nothing).
	 * Under CI the class fails instead, in {@link #beforeAll}.
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (installed() || isCi() || context.getTestMethod().isEmpty()) {
			return ConditionEvaluationResult
				.enabled("Chromium and ChromeDriver are installed (or CI=true, where their absence fails)");
		}
		return ConditionEvaluationResult.disabled(missing());
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!installed() && isCi()) {
			throw new IllegalStateException(
					missing() + " Under CI=true a browser test fails instead of being skipped.");
		}
	}

	private static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	private static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static String missing() {
		return "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "), which are not installed; skipped. .ci/run installs them; by hand: apt-get install -y chromium chromium-driver.";
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException(
					"A Browser needs the application on a real port: use @BrowserTest (RANDOM_PORT)");
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
				String name = context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName();
				Path saved = browser.saveEvidence(Paths.get("target", "browser-failures"), name);
				System.err.println(
						"Browser test failed on " + browser.currentUrl() + "; screenshot and page source in " + saved);
			}
		}
		finally {
			browser.close();
		}
	}

}
