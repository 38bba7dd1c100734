package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.isoko.support.Http;
import org.isoko.support.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Every text a client sends is checked in one place: a NUL byte (PostgreSQL's "invalid
 * byte sequence for encoding UTF8: 0x00", a 500 before), another control character, an
 * unpaired surrogate or an over-long text is answered 400 naming the field, problem+json
 * on the API and the error page on pages, before anything is stored. One case per text
 * input named in the hardening issue, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TextInputIntegrationTests {

	static final String NUL = "\u0000";

	static final String BUYER = "buyer.cn@isoko.demo";

	static final String SELLER = "seller.coop@isoko.demo";

	static final String OPERATOR = "operator.kigali@isoko.demo";

	static final String ADMIN = "admin@isoko.demo";

	@LocalServerPort
	int port;

	Http http;

	final Map<String, String> tokens = new HashMap<>();

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	/** A JSON call with a bad text in one field; {@code user} null calls anonymously. */
	record JsonCase(String name, String method, String path, String user, String body, String field) {
		@Override
		public String toString() {
			return name;
		}
	}

	/** A form post or page query with a bad text in one field. */
	record FormCase(String name, String method, String path, Map<String, String> fields, String field) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<JsonCase> apiInputs() {
		String id = UUID.randomUUID().toString();
		return Stream.of(new JsonCase("registration display name", "POST", "/api/v1/registrations", null, """
				{"kind":"CONSUMER","displayName":"Li\\u0000Wei","email":"nul@example.org",
				 "password":"a-long-enough-password","country":"CN"}""", "displayName"),
				new JsonCase("registration organisation name", "POST", "/api/v1/registrations", null,
						"""
								{"kind":"COOPERATIVE","organisationName":"Coop\\u0000","displayName":"Li","email":"n@example.org",
								 "password":"a-long-enough-password","country":"RW"}""",
						"organisationName"),
				new JsonCase("token name", "POST", "/api/v1/tokens", "basic:" + BUYER, """
						{"name":"shop\\u0000"}""", "name"),
				new JsonCase("product text", "POST", "/api/v1/products", SELLER, """
						{"category":"GREEN_COFFEE","hsCode":"0901.11","unitOfSale":"60 kg bag","netWeightGrams":60000,
						 "grossWeightGrams":60500,
						 "texts":[{"language":"en","name":"Coffee\\u0000","description":"Green coffee"}]}""", "name"),
				new JsonCase("product unit of sale", "POST", "/api/v1/products", SELLER, """
						{"category":"GREEN_COFFEE","hsCode":"0901.11","unitOfSale":"\\u0000","netWeightGrams":60000,
						 "grossWeightGrams":60500,
						 "texts":[{"language":"en","name":"Coffee","description":"Green coffee"}]}""", "unitOfSale"),
				new JsonCase("product text update", "PUT", "/api/v1/products/" + id + "/texts/en", SELLER, """
						{"name":"Coffee","description":"Green\\u0000coffee"}""", "description"),
				new JsonCase("document number", "POST", "/api/v1/seller/lots/" + id + "/documents", SELLER,
						"""
								{"kind":"CERTIFICATE_OF_ORIGIN","number":"CO\\u0000-1","issuer":"RDB","issuedOn":"2026-11-01"}""",
						"number"),
				new JsonCase("document issuer", "POST", "/api/v1/seller/lots/" + id + "/documents", SELLER,
						"""
								{"kind":"CERTIFICATE_OF_ORIGIN","number":"CO-1","issuer":"R\\u0000DB","issuedOn":"2026-11-01"}""",
						"issuer"),
				new JsonCase("delivery address", "POST", "/api/v1/orders", BUYER,
						"""
								{"lines":[{"lotId":"%s","quantity":1}],
								 "deliveryAddress":{"name":"Li Wei","phone":"+8613800000000","line":"1 Road\\u0000","city":"Hangzhou"}}"""
							.formatted(id),
						"line"),
				new JsonCase("drop close reason", "POST", "/api/v1/drops/" + id + "/close", OPERATOR, """
						{"reason":"sold\\u0000out"}""", "reason"),
				new JsonCase("another control character", "POST", "/api/v1/drops/" + id + "/close", OPERATOR, """
						{"reason":"ring \\u0007 the bell"}""", "reason"),
				new JsonCase("an unpaired surrogate", "POST", "/api/v1/drops/" + id + "/close", OPERATOR, """
						{"reason":"half \\ud83d a smile"}""", "reason"),
				new JsonCase("a text over the maximum length", "POST", "/api/v1/drops/" + id + "/close", OPERATOR,
						"{\"reason\":\"" + "x".repeat(4001) + "\"}", "reason"),
				new JsonCase("a line break in a one-line field", "POST", "/api/v1/products", SELLER, """
						{"category":"GREEN_COFFEE","hsCode":"0901.11","unitOfSale":"60 kg\\nbag","netWeightGrams":60000,
						 "grossWeightGrams":60500,
						 "texts":[{"language":"en","name":"Coffee","description":"Green coffee"}]}""", "unitOfSale"),
				new JsonCase("audit filter", "GET", "/api/v1/audit-events?action=LOGIN%00", ADMIN, null, "action"),
				new JsonCase("storefront search", "GET", "/api/v1/listings?q=caf%00e", null, null, "q"));
	}

	static Stream<FormCase> pageInputs() {
		String id = UUID.randomUUID().toString();
		return Stream.of(
				new FormCase("registration form", "POST", "/register",
						Map.of("kind", "CONSUMER", "displayName", "Li" + NUL + "Wei", "email", "nul@example.org",
								"password", "a-long-enough-password", "country", "CN"),
						"displayName"),
				new FormCase("sign-in username", "POST", "/login",
						Map.of("username", "buyer.cn" + NUL + "@isoko.demo", "password", "isoko-demo"), "username"),
				new FormCase("checkout address", "POST", "/checkout",
						Map.of("name", "Li Wei", "line", "1 Road" + NUL, "city", "Hangzhou"), "line"),
				new FormCase("product form", "POST", "/seller/products",
						Map.of("nameEn", "Coffee" + NUL, "descriptionEn", "Green coffee"), "nameEn"),
				new FormCase("product description", "POST", "/seller/products/" + id + "/texts",
						Map.of("nameEn", "Coffee", "descriptionEn", "Green" + NUL + "coffee"), "descriptionEn"),
				new FormCase("token name", "POST", "/account/tokens", Map.of("name", "shop" + NUL), "name"),
				new FormCase("document form", "POST", "/seller/lots/" + id + "/documents",
						Map.of("number", "CO" + NUL, "issuer", "RDB"), "number"),
				new FormCase("drop close reason", "POST", "/operator/drops/" + id + "/close",
						Map.of("reason", "sold" + NUL), "reason"),
				new FormCase("audit filter", "GET", "/admin/audit", Map.of("action", "LOGIN" + NUL), "action"),
				new FormCase("storefront search", "GET", "/shop", Map.of("q", "caf\u001be"), "q"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("apiInputs")
	void theApiRefusesABadTextNamingTheField(JsonCase input) {
		List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
		if (input.user() != null && input.user().startsWith("basic:")) {
			String credentials = input.user().substring(6) + ":" + Http.DEMO_PASSWORD;
			headers.addAll(List.of("Authorization", "Basic "
					+ java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))));
		}
		else if (input.user() != null) {
			headers.addAll(List.of(Http.bearer(token(input.user()))));
		}
		Response response = http.send(input.method(), input.path(), input.body() == null ? null : "application/json",
				input.body() == null ? null : input.body().getBytes(StandardCharsets.UTF_8),
				headers.toArray(String[]::new));

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.path("detail").asString()).contains(input.field());
		assertThat(problem.path("errors").get(0).path("field").asString()).endsWith(input.field());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pageInputs")
	void pagesRefuseABadTextNamingTheField(FormCase input) {
		Response response = sendForm(input, "en");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.text()).contains("The field &quot;" + input.field() + "&quot; contains an invalid");
	}

	@Test
	void thePageSaysItInTheVisitorsLanguage() {
		FormCase input = new FormCase("registration form", "POST", "/register",
				Map.of("kind", "CONSUMER", "displayName", "Li" + NUL + "Wei"), "displayName");

		Response response = sendForm(input, "fr");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text()).contains("Le champ « displayName » contient un caractère invalide")
			.contains("Requête invalide")
			.doesNotContain("Bad Request");
	}

	@Test
	void lineBreaksAndTabsAreFineInMultiLineFields() {
		// The drop does not exist: past the text check, the call reaches the drop and
		// finds nothing.
		Response response = http.post("/api/v1/drops/" + UUID.randomUUID() + "/close", "application/json", """
				{"reason":"sold out\\r\\n\\tall lots"}""", Http.bearer(token(OPERATOR)));

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
	}

	@Test
	void aRegistrationWithABadNameStoresNothing() {
		String email = "nul." + UUID.randomUUID() + "@example.org";
		http.post("/api/v1/registrations", "application/json", """
				{"kind":"CONSUMER","displayName":"Li\\u0000Wei","email":"%s",
				 "password":"a-long-enough-password","country":"CN"}""".formatted(email));

		Response signIn = http.send("POST", "/api/v1/tokens", null, null, "Authorization",
				"Basic " + java.util.Base64.getEncoder()
					.encodeToString((email + ":a-long-enough-password").getBytes(StandardCharsets.UTF_8)));
		assertThat(signIn.status()).isEqualTo(401);
	}

	@Test
	void aBadEmailInHttpBasicIsAWrongSignInNotAServerError() {
		Response response = http.send("POST", "/api/v1/tokens", null, null, "Authorization",
				"Basic " + java.util.Base64.getEncoder()
					.encodeToString(("buyer\u0000@example.org:whatever").getBytes(StandardCharsets.UTF_8)));

		assertThat(response.status()).as(response.toString()).isEqualTo(401);
	}

	private Response sendForm(FormCase input, String language) {
		StringBuilder form = new StringBuilder();
		input.fields()
			.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		if (input.method().equals("GET")) {
			return http.get(input.path() + "?" + form, "Accept-Language", language, "Accept", "text/html");
		}
		return http.post(input.path(), "application/x-www-form-urlencoded", form.toString(), "Accept-Language",
				language, "Accept", "text/html");
	}

	private String token(String user) {
		return tokens.computeIfAbsent(user, http::tokenFor);
	}

}
