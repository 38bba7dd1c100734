package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.isoko.support.Http;
import org.isoko.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A first start on an empty database (no demo data, only the bootstrap administrator) is
 * a normal first day: the shop says what is missing and who sets it up, with links; the
 * API answers 409 with the same explanation; nothing is logged at ERROR.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
		properties = { "isoko.demo-data.enabled=false", "isoko.identity.bootstrap-admin.email=first.admin@example.org",
				"isoko.identity.bootstrap-admin.password=a-long-enough-password" })
@ExtendWith(OutputCaptureExtension.class)
class EmptyNetworkIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void theShopSaysWhatIsMissingAndWhoSetsItUp(CapturedOutput output) {
		Response response = http.get("/shop", "Accept", "text/html", "Accept-Language", "en");

		assertThat(response.status()).as(response.toString()).isEqualTo(409);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.text()).contains("Isoko has no hub yet")
			.contains("An administrator signs in and adds the first country, hub and corridor")
			.contains("href=\"/login\"")
			.contains("href=\"/network/countries/new\"")
			.contains("href=\"/network/hubs/new\"")
			.contains("href=\"/network/corridors/new\"");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void thePageSpeaksTheVisitorsLanguage() {
		Response response = http.get("/shop", "Accept", "text/html", "Accept-Language", "zh-CN");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.text()).contains("尚未设置").contains("添加第一个枢纽").doesNotContain("Conflict");
	}

	@Test
	void theApiAnswersConflictWithTheSameExplanation(CapturedOutput output) {
		Response response = http.get("/api/v1/listings", "Accept", "application/json");

		assertThat(response.status()).as(response.toString()).isEqualTo(409);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asString()).contains("not set up yet").contains("POST /api/v1/hubs");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void theHomeAndNetworkPagesWork() {
		assertThat(http.get("/", "Accept", "text/html").status()).isEqualTo(200);
		assertThat(http.get("/network", "Accept", "text/html").status()).isEqualTo(200);
		assertThat(http.get("/drops", "Accept", "text/html").status()).isEqualTo(200);
	}

	@Test
	void theAdministratorCanSignInToSetItUp() {
		assertThat(http.tokenFor("first.admin@example.org", "a-long-enough-password")).isNotBlank();
	}

}
