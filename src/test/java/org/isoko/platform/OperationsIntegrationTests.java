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
 * What operators and API clients rely on, anonymously, over real HTTP: health probes,
 * Prometheus metrics, the OpenAPI 3.1 document and Swagger UI.
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
	void exposesPrometheusMetrics() {
		http.get("/actuator/health"); // at least one request has been timed

		Response response = http.get("/actuator/prometheus");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/plain");
		assertThat(response.text()).contains("jvm_memory_used_bytes{")
			.contains("http_server_requests_seconds_count{")
			.contains("hikaricp_connections_active{")
			.contains("application=\"isoko\"");
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
