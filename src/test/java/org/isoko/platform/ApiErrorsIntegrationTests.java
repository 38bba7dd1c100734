package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.support.Http.bearer;

import java.nio.charset.StandardCharsets;

import org.isoko.support.Http;
import org.isoko.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Every error of the API is an RFC 9457 problem (application/problem+json with status, title and a detail that
 * says what to do), whichever layer refuses the request: the size filter, security, Spring MVC or a controller.
 * People get the HTML error page instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsIntegrationTests {

	static final String OPERATOR = "operator.kigali@isoko.demo";
	static final String BUYER = "buyer.cn@isoko.demo";

	/** A country the demo data does not have, in the shape hub operators add countries with. */
	static final String GHANA = """
			{"code": "GH", "name": "Ghana", "currency": "GHS", "leastDeveloped": false, "blocs": ["AFCFTA"],
			 "source": "ISO 3166-1; ISO 4217"}""";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void answersAnUnknownApiPathWithNotFound() {
		Response response = http.get("/api/v1/no-such-thing", bearer(http.tokenFor(OPERATOR)));

		JsonNode problem = assertProblem(response, 404);
		assertThat(problem.path("detail").asString()).contains("/api/v1/no-such-thing");
	}

	@Test
	void answersAWrongMethodWithMethodNotAllowed() {
		Response response = http.send("DELETE", "/api/v1/countries", null, null, bearer(http.tokenFor(OPERATOR)));

		JsonNode problem = assertProblem(response, 405);
		assertThat(problem.path("detail").asString()).contains("DELETE");
		assertThat(response.header("Allow")).contains("GET");
	}

	@Test
	void answersAWrongContentTypeWithUnsupportedMediaType() {
		long countriesBefore = countries();

		Response response = http.post("/api/v1/countries", "text/plain", "GH Ghana", bearer(http.tokenFor(OPERATOR)));

		JsonNode problem = assertProblem(response, 415);
		assertThat(problem.path("detail").asString()).contains("text/plain");
		assertThat(countries()).isEqualTo(countriesBefore);
	}

	@Test
	void answersMalformedJsonWithBadRequest() {
		long countriesBefore = countries();

		Response response = http.post("/api/v1/countries", "application/json", "{\"code\": \"GH\", \"name\": ",
				bearer(http.tokenFor(OPERATOR)));

		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.path("detail").asString()).startsWith("Malformed JSON");
		assertThat(countries()).as("nothing was added").isEqualTo(countriesBefore);
	}

	@Test
	void namesTheFieldThatHoldsAnImpossibleValue() {
		long countriesBefore = countries();

		Response response = http.post("/api/v1/countries", "application/json", GHANA.replace("\"GHS\"", "\"ZZZ\""),
				bearer(http.tokenFor(OPERATOR)));

		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("currency");
		assertThat(problem.path("errors").get(0).path("message").asString()).contains("'ZZZ'");
		assertThat(problem.path("detail").asString()).contains("currency").contains("ZZZ");
		assertThat(countries()).as("nothing was added").isEqualTo(countriesBefore);
	}

	@Test
	void refusesABodyOverTheSizeLimitBeforeAnythingElse() {
		byte[] oversized = jsonOfSize(300 * 1024);

		Response anonymous = http.send("POST", "/api/v1/countries", "application/json", oversized);
		Response operator = http.send("POST", "/api/v1/countries", "application/json", oversized, bearer(http.tokenFor(OPERATOR)));

		for (Response response : new Response[] { anonymous, operator }) {
			JsonNode problem = assertProblem(response, 413);
			assertThat(problem.path("detail").asString()).isEqualTo("The request body has 307200 bytes; at most 262144 are accepted");
		}
	}

	@Test
	void acceptsABodyJustUnderTheSizeLimitAsFarAsItsSizeGoes() {
		Response response = http.send("POST", "/api/v1/countries", "application/json", jsonOfSize(256 * 1024),
				bearer(http.tokenFor(OPERATOR)));

		// The body is refused for what it says (no such fields), not for its size.
		assertProblem(response, 400);
	}

	@Test
	void asksForATokenOnAProtectedCall() {
		for (Response response : new Response[] { http.post("/api/v1/countries", "application/json", GHANA), http.get("/api/v1/tokens") }) {
			JsonNode problem = assertProblem(response, 401);
			assertThat(problem.path("detail").asString()).contains("Bearer").contains("/api/v1/tokens");
		}
	}

	@Test
	void refusesAnUnknownToken() {
		Response response = http.post("/api/v1/countries", "application/json", GHANA, bearer("not-a-real-token"));

		assertProblem(response, 401);
	}

	@Test
	void refusesABuyerOnAnOperatorCall() {
		Response response = http.get("/api/v1/organisations?verification=PENDING", bearer(http.tokenFor(BUYER)));

		JsonNode problem = assertProblem(response, 403);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	@Test
	void refusesABuyerAddingACountryAndAddsNothing() {
		long countriesBefore = countries();

		Response response = http.post("/api/v1/countries", "application/json", GHANA, bearer(http.tokenFor(BUYER)));

		assertProblem(response, 403);
		assertThat(countries()).as("nothing was added").isEqualTo(countriesBefore);
		assertThat(http.get("/api/v1/countries/GH").status()).isEqualTo(404);
	}

	@Test
	void showsPeopleTheErrorPageForAnUnknownPage() {
		Response response = http.get("/network/no-such-page/at-all", "Accept", "text/html");

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.text()).contains("<html").contains("404").contains("We could not find this page.");
	}

	private long countries() {
		Response response = http.get("/api/v1/countries?size=1");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().path("totalItems").asLong();
	}

	/** A syntactically valid JSON object of exactly {@code bytes} bytes. */
	private static byte[] jsonOfSize(int bytes) {
		String prefix = "{\"padding\": \"";
		String suffix = "\"}";
		return (prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix).getBytes(StandardCharsets.UTF_8);
	}

	static JsonNode assertProblem(Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
		assertThat(problem.path("title").asString()).as(response.toString()).isNotBlank();
		assertThat(problem.path("detail").asString()).as(response.toString()).isNotBlank();
		return problem;
	}
}
