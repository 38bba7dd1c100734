package org.isoko.customs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The production adapter of one authority: posts each signed entry as
 * {@code application/xml} to {@code <base-url>/entries} (the guid also in the header
 * {@code X-Entry-Guid}). Any answer but 2xx, or none within 30 s, is a failure the outbox
 * retries. The authority answers later with signed receipts, received by
 * {@link EntryDecisions#receive(String)}. Rwanda's ASYCUDA World has no public API: the
 * contract is Isoko's own (see the customs guide), to be put in front of it by a gateway.
 */
class HttpEacCustoms {

	private final URI endpoint;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	HttpEacCustoms(String baseUrl) {
		this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/entries");
	}

	void send(String guid, String signedXml) {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/xml; charset=UTF-8")
			.header("X-Entry-Guid", guid)
			.POST(HttpRequest.BodyPublishers.ofString(signedXml, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new CustomsUnavailable(
						"The authority at " + endpoint + " answered " + response.statusCode() + " to entry " + guid);
			}
		}
		catch (IOException ex) {
			throw new CustomsUnavailable("The authority is unreachable at " + endpoint + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CustomsUnavailable("Interrupted while sending entry " + guid, ex);
		}
	}

}
