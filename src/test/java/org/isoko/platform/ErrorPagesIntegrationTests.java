package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.isoko.support.Http;
import org.isoko.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 403, 404 and other error pages speak the visitor's language: the crawler never
 * reaches an error page, and Spring's reason phrases ("Not Found", "Forbidden") are
 * English. Over real HTTP, because only a real server dispatches to the error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "rw", "zh" })
	void anUnknownPageSaysSoInTheVisitorsLanguage(String language) throws IOException {
		Properties shell = shell(language);

		Response response = http.get("/network/no-such-page/at-all", "Accept", "text/html", "Cookie",
				"isoko-lang=" + language);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.text()).contains(shell.getProperty("error.status.404"))
			.contains(shell.getProperty("error.404"))
			.doesNotContain("Not Found")
			.doesNotContain("Not found")
			.doesNotContain("We could not find this page.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "rw", "zh" })
	void aPageTheUserMayNotSeeSaysSoInTheirLanguage(String language) throws IOException {
		Properties shell = shell(language);
		// A form posted without its CSRF token is refused with 403.
		Response response = http.post("/register", "application/x-www-form-urlencoded", "kind=CONSUMER", "Accept",
				"text/html", "Cookie", "isoko-lang=" + language);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.text()).contains(shell.getProperty("error.status.403"))
			.contains(shell.getProperty("error.403"))
			.doesNotContain("Forbidden")
			.doesNotContain("You are not allowed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "rw", "zh" })
	void anyOtherErrorSaysNothingChangedInTheVisitorsLanguage(String language) throws IOException {
		Properties shell = shell(language);

		// The (simulated) wallet's cashier page is read and posted, never deleted.
		Response response = http.send("DELETE", "/simulators/wallet/pay/T-1", null, null, "Accept", "text/html",
				"Cookie", "isoko-lang=" + language);

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.text()).contains(shell.getProperty("error.status.405"))
			.contains(shell.getProperty("error.other"))
			.doesNotContain("Method Not Allowed")
			.doesNotContain("Nothing was changed");
	}

	/** The page shell's messages in a language, as the bundle writes them. */
	private static Properties shell(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ErrorPagesIntegrationTests.class.getClassLoader()
			.getResourceAsStream("i18n/shell_" + language + ".properties")) {
			assertThat(in).as("shell bundle for " + language).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		// Thymeleaf escapes an apostrophe in text as &#39;.
		properties.replaceAll((key, value) -> value.toString().replace("'", "&#39;"));
		return properties;
	}

}
