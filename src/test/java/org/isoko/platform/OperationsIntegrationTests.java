package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.isoko.support.Http;
import org.isoko.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * What operators and API clients rely on over real HTTP: health probes (anonymous),
 * Prometheus metrics (an admin's token), the OpenAPI 3.1 document and Swagger UI, and the
 * headers behind a TLS-terminating proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PathMappedEndpoints actuatorEndpoints;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void reportsLivenessAndReadinessUp() {
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			Response response = http.get(probe);
			assertThat(response.status()).as(probe + " -> " + response).isEqualTo(200);
			assertThat(response.json().path("status").asString()).as(probe).isEqualTo("UP");
		}
	}

	@Test
	void keepsHealthDetailsToItself() {
		JsonNode health = http.get("/actuator/health").json();
		assertThat(health.has("components")).as(health.toString()).isFalse();
		assertThat(health.has("details")).as(health.toString()).isFalse();
	}

	@Test
	void keepsMetricsFromAnyoneButAnAdmin() {
		// Order and payment counts would undo the permuted order numbers.
		Response anonymous = http.get("/actuator/prometheus");
		assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.text()).doesNotContain("http_server_requests");

		Response buyer = http.get("/actuator/prometheus", Http.bearer(http.tokenFor("buyer.cn@isoko.demo")));
		assertThat(buyer.status()).as(buyer.toString()).isEqualTo(403);
	}

	@Test
	void exposesPrometheusMetricsToAnAdminToken() {
		http.get("/actuator/health"); // at least one request has been timed

		Response response = http.get("/actuator/prometheus", Http.bearer(http.tokenFor("admin@isoko.demo")));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/plain");
		assertThat(response.text()).contains("jvm_memory_used_bytes{")
			.contains("http_server_requests_seconds_count{")
			.contains("hikaricp_connections_active{")
			.contains("application=\"isoko\"");
	}

	@Test
	void behindAProxyWithHttpsSendsHstsAndMarksTheSessionCookieSecure() {
		// The test client connects from 127.0.0.1, a trusted proxy address by default.
		Response response = http.get("/login", "X-Forwarded-Proto", "https", "Accept", "text/html");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void overPlainHttpSendsNoHstsAndAPlainCookie() {
		Response response = http.get("/login", "Accept", "text/html");

		assertThat(response.header("Strict-Transport-Security")).isEmpty();
		assertThat(response.headers().allValues("Set-Cookie"))
			.allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(http.get("/api/v1/hubs").header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void exposesNoOtherActuatorEndpoints() {
		assertThat(actuatorEndpoints.getAllPaths()).containsExactlyInAnyOrder("/actuator/health", "/actuator/info",
				"/actuator/prometheus");
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/loggers", "/actuator/modulith" }) {
			Response response = http.get(endpoint);
			assertThat(response.status()).as(endpoint + " -> " + response).isNotEqualTo(200);
			assertThat(response.text()).as(endpoint).doesNotContain("propertySources", "spring.datasource");
		}
	}

	@Test
	void publishesAnOpenApi31DocumentOfTheApi() {
		Response response = http.get("/v3/api-docs");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode document = response.json();
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.path("info").path("title").asString()).isNotBlank();
		assertThat(document.path("paths").propertyNames()).as("documented paths")
			.isNotEmpty()
			.allSatisfy(path -> assertThat(path).startsWith("/api/"));
	}

	@Test
	void servesSwaggerUi() {
		Response redirect = http.get("/swagger-ui.html");
		assertThat(redirect.status()).as(redirect.toString()).isEqualTo(302);
		String location = redirect.header("Location");
		assertThat(location).contains("/swagger-ui/index.html");

		Response page = http.get(location.replaceFirst("^https?://[^/]+", ""));

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.text()).contains("swagger-ui");
		Response config = http.get("/v3/api-docs/swagger-config");
		assertThat(config.status()).as(config.toString()).isEqualTo(200);
		assertThat(config.json().path("url").asString()).isEqualTo("/v3/api-docs");
	}

}
