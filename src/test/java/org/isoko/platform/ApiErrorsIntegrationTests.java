package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isoko.support.Http.bearer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.isoko.support.Http;
import org.isoko.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Every error of the API is an RFC 9457 problem (application/problem+json with status,
 * title and a detail that says what went wrong), whichever layer refuses the request: the
 * size filter, security, Spring MVC or a controller; and a refused request changes
 * nothing. People get the HTML error page instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsIntegrationTests {

	static final String OPERATOR = "operator.kigali@isoko.demo";
	static final String BUYER = "buyer.cn@isoko.demo";

	static final String NEW_PASSWORD = "a-long-enough-password";

	/**
	 * A fresh e-mail per test, so that checking it cannot sign in never meets another
	 * test's sign-in throttle.
	 */
	final String newEmail = "new." + UUID.randomUUID() + "@example.org";

	/**
	 * A valid self-registration of a buyer, the one API call anybody may make without a
	 * token.
	 */
	final String registration = """
			{"kind": "CONSUMER", "displayName": "New Buyer", "email": "%s", "password": "%s", "country": "KE"}"""
		.formatted(newEmail, NEW_PASSWORD);

	/**
	 * A country the demo data does not have, in the shape hub operators add countries
	 * with.
	 */
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
	void registersWhenNothingIsWrong() {
		// The control for the refusals below: the body they break is accepted as it is.
		Response response = http.post("/api/v1/registrations", "application/json", registration);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(http.tokenFor(newEmail, NEW_PASSWORD)).isNotBlank();
	}

	@Test
	void namesTheAllowedValuesOfAnEnumeration() {
		Response response = http.post("/api/v1/registrations", "application/json",
				registration.replace("CONSUMER", "PIRATE"));

		JsonNode problem = assertProblem(response, 400);
		JsonNode error = problem.path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("kind");
		assertThat(error.path("message").asString()).contains("'PIRATE'")
			.contains("CONSUMER")
			.doesNotContain("org.isoko");
		assertNotRegistered();
	}

	@Test
	void namesTheKindOfValueExpectedInsteadOfAJavaType() {
		Response response = http.post("/api/v1/registrations", "application/json",
				registration.replace("\"country\": \"KE\"", "\"country\": \"KE\", \"displayName\": [1, 2]"));

		JsonNode problem = assertProblem(response, 400);
		JsonNode error = problem.path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("displayName");
		assertThat(error.path("message").asString()).isEqualTo("expected text value");
		assertNotRegistered();
	}

	@Test
	void answersAnUnknownApiPathWithNotFound() {
		Response response = http.get("/api/v1/no-such-thing", bearer(http.tokenFor(OPERATOR)));

		JsonNode problem = assertProblem(response, 404);
		assertThat(problem.path("detail").asString()).isEqualTo("No resource at /api/v1/no-such-thing");
	}

	@Test
	void answersAWrongMethodWithMethodNotAllowed() {
		Response response = http.send("DELETE", "/api/v1/me", null, null, bearer(http.tokenFor(BUYER)));

		JsonNode problem = assertProblem(response, 405);
		assertThat(problem.path("detail").asString()).contains("DELETE");
		assertThat(response.header("Allow")).contains("GET");
	}

	@Test
	void answersAWrongContentTypeWithUnsupportedMediaType() {
		Response response = http.post("/api/v1/registrations", "text/plain", registration);

		JsonNode problem = assertProblem(response, 415);
		assertThat(problem.path("detail").asString()).contains("text/plain");
		assertNotRegistered();
	}

	@Test
	void answersMalformedJsonWithBadRequest() {
		Response response = http.post("/api/v1/registrations", "application/json",
				registration.substring(0, registration.length() - 5));

		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.path("detail").asString()).startsWith("Malformed JSON");
		assertNotRegistered();
	}

	@Test
	void namesTheFieldThatHoldsAnImpossibleValue() {
		Response response = http.post("/api/v1/registrations", "application/json",
				registration.replace("\"KE\"", "\"ZZ\""));

		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("country");
		assertThat(problem.path("errors").get(0).path("message").asString()).contains("'ZZ'");
		assertThat(problem.path("detail").asString()).contains("country").contains("'ZZ'");
		assertNotRegistered();
	}

	@Test
	void namesEveryMissingField() {
		Response response = http.post("/api/v1/registrations", "application/json", "{\"kind\": \"CONSUMER\"}");

		JsonNode problem = assertProblem(response, 400);
		// The e-mail is not among them: sellers may register with a phone number alone,
		// and
		// a buyer without one is told so once the body is complete (issue 16).
		assertThat(problem.path("errors").valueStream().map(error -> error.path("field").asString()))
			.contains("displayName", "password", "country");
	}

	@Test
	void refusesABodyOverTheSizeLimitBeforeAnythingElse() {
		byte[] oversized = jsonOfSize(300 * 1024);

		Response anonymous = http.send("POST", "/api/v1/registrations", "application/json", oversized);
		Response operator = http.send("POST", "/api/v1/me", "application/json", oversized,
				bearer(http.tokenFor(OPERATOR)));

		for (Response response : new Response[] { anonymous, operator }) {
			JsonNode problem = assertProblem(response, 413);
			assertThat(problem.path("detail").asString())
				.isEqualTo("The request body has 307200 bytes; at most 262144 are accepted");
		}
	}

	@Test
	void acceptsABodyJustUnderTheSizeLimitAsFarAsItsSizeGoes() {
		Response response = http.send("POST", "/api/v1/registrations", "application/json", jsonOfSize(256 * 1024));

		// Refused for what it says (none of the required fields), not for its size.
		assertProblem(response, 400);
	}

	@Test
	void asksForATokenOnAProtectedCall() {
		Response[] responses = { http.post("/api/v1/countries", "application/json", "{}"), http.get("/api/v1/tokens"),
				http.get("/api/v1/me") };
		for (Response response : responses) {
			JsonNode problem = assertProblem(response, 401);
			assertThat(problem.path("detail").asString()).contains("Bearer").contains("/api/v1/tokens");
		}
	}

	@Test
	void refusesAnUnknownToken() {
		assertProblem(http.get("/api/v1/me", bearer("not-a-real-token")), 401);
	}

	@Test
	void refusesABuyerOnAnOperatorCall() {
		Response response = http.get("/api/v1/organisations?verification=PENDING", bearer(http.tokenFor(BUYER)));

		JsonNode problem = assertProblem(response, 403);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	@Test
	void refusesABuyerMakingThemselvesAdminAndChangesNothing() {
		String token = http.tokenFor(BUYER);
		JsonNode me = http.get("/api/v1/me", bearer(token)).json();

		Response response = http.send("PUT", "/api/v1/users/" + me.path("id").asString() + "/roles", "application/json",
				"{\"roles\": [\"ADMIN\"]}".getBytes(StandardCharsets.UTF_8), bearer(token));

		assertProblem(response, 403);
		assertThat(http.get("/api/v1/me", bearer(token)).json().path("roles").toString()).isEqualTo("[\"BUYER\"]");
	}

	@Test
	void refusesABuyerAddingACountryAndAddsNothing() {
		long countriesBefore = countries();

		Response response = http.post("/api/v1/countries", "application/json", GHANA, bearer(http.tokenFor(BUYER)));

		assertProblem(response, 403);
		assertThat(countries()).as("nothing was added").isEqualTo(countriesBefore);
		assertProblem(http.get("/api/v1/countries/GH"), 404);
	}

	@Test
	void refusesWrongMethodsContentTypesAndMalformedJsonOnReferenceData() {
		String[] operator = bearer(http.tokenFor(OPERATOR));
		long countriesBefore = countries();

		assertProblem(http.send("DELETE", "/api/v1/countries", null, null, operator), 405);
		assertProblem(http.post("/api/v1/countries", "text/plain", GHANA, operator), 415);
		assertThat(
				assertProblem(http.post("/api/v1/countries", "application/json", GHANA.substring(0, 40), operator), 400)
					.path("detail")
					.asString())
			.startsWith("Malformed JSON");
		JsonNode unknownCurrency = assertProblem(
				http.post("/api/v1/countries", "application/json", GHANA.replace("GHS", "ZZZ"), operator), 400);
		assertThat(unknownCurrency.path("errors").get(0).path("field").asString()).isEqualTo("currency");

		assertThat(countries()).as("nothing was added").isEqualTo(countriesBefore);
		assertProblem(http.get("/api/v1/countries/GH"), 404);
	}

	@Test
	void showsPeopleTheErrorPageForAnUnknownPage() {
		Response response = http.get("/network/no-such-page/at-all", "Accept", "text/html");

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.text()).contains("<html")
			.contains("404")
			.contains("We could not find this page.")
			.doesNotContain("\"status\"");
	}

	private long countries() {
		Response response = http.get("/api/v1/countries?size=1");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().path("totalItems").asLong();
	}

	/**
	 * The refused registration left no account behind: its e-mail and password get no
	 * token.
	 */
	private void assertNotRegistered() {
		String basic = Base64.getEncoder()
			.encodeToString((newEmail + ":" + NEW_PASSWORD).getBytes(StandardCharsets.UTF_8));
		Response token = http.send("POST", "/api/v1/tokens", null, null, "Authorization", "Basic " + basic);
		assertThat(token.status()).as(token.toString()).isEqualTo(401);
	}

	/** A syntactically valid JSON object of exactly {@code bytes} bytes. */
	private static byte[] jsonOfSize(int bytes) {
		String prefix = "{\"padding\": \"";
		String suffix = "\"}";
		return (prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix)
			.getBytes(StandardCharsets.UTF_8);
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
