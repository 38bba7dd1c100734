package org.isoko.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests against the application on its real port: it sends
 * exactly the bytes, method and headers a test gives (malformed JSON, wrong content
 * types, oversized bodies), follows no redirects, and reads JSON with Jackson 3. <pre>
 * Http http = new Http(port);
 * String token = http.tokenFor("operator.kigali@isoko.demo");
 * Http.Response response = http.post("/api/v1/countries", "application/json", "{...}", "Authorization", "Bearer " + token);
 * </pre>
 */
public final class Http {

	public static final String DEMO_PASSWORD = "isoko-demo";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	public Http(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public Response get(String path, String... headers) {
		return send("GET", path, null, null, headers);
	}

	public Response post(String path, String contentType, String body, String... headers) {
		return send("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
	}

	/** Sends a request; {@code headers} are name, value pairs. A null body sends none. */
	public Response send(String method, String path, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(method + " " + path + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** An API token for a user, from {@code POST /api/v1/tokens} with HTTP Basic. */
	public String tokenFor(String email, String password) {
		String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
		Response response = send("POST", "/api/v1/tokens", null, null, "Authorization", "Basic " + basic, "Accept",
				"application/json");
		if (response.status() / 100 != 2) {
			throw new IllegalStateException("No token for " + email + ": " + response);
		}
		return response.json().path("token").asString();
	}

	/** An API token for one of the demo users (password {@value #DEMO_PASSWORD}). */
	public String tokenFor(String demoEmail) {
		return tokenFor(demoEmail, DEMO_PASSWORD);
	}

	/**
	 * Header name and value to send a token: {@code http.get(path, Http.bearer(token))}.
	 */
	public static String[] bearer(String token) {
		return new String[] { "Authorization", "Bearer " + token };
	}

	/**
	 * The same followed by more headers' names and values:
	 * {@code Http.bearer(token, "Idempotency-Key", key)}.
	 */
	public static String[] bearer(String token, String... more) {
		String[] headers = Arrays.copyOf(bearer(token), 2 + more.length);
		System.arraycopy(more, 0, headers, 2, more.length);
		return headers;
	}

	public record Response(int status, HttpHeaders headers, byte[] body) {

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String contentType() {
			return headers.firstValue("Content-Type").orElse("");
		}

		public String header(String name) {
			return headers.firstValue(name).orElse("");
		}

		@Override
		public String toString() {
			String text = text();
			return status + " " + contentType() + " " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
		}
	}

}
