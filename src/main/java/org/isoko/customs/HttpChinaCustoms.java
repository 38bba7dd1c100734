package org.isoko.customs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.isoko.customs.ceb.MessageType;

/**
 * The production adapter: posts each signed message as {@code application/xml} to
 * {@code <isoko.customs.china.base-url>/ceb/messages} (message type and guid also in
 * headers). Any answer but 2xx, or no answer, is a failure the outbox retries. Receipts
 * come back through {@link CustomsReceipts#receive(String)}.
 */
class HttpChinaCustoms implements ChinaCustomsPort {

	private final URI endpoint;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	HttpChinaCustoms(String baseUrl) {
		this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/ceb/messages");
	}

	@Override
	public void send(MessageType type, String guid, String signedXml) {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/xml; charset=UTF-8")
			.header("X-CEB-Message-Type", type.name())
			.header("X-CEB-Guid", guid)
			.POST(HttpRequest.BodyPublishers.ofString(signedXml, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new CustomsUnavailable(
						"China customs answered " + response.statusCode() + " to " + type + " " + guid);
			}
		}
		catch (IOException ex) {
			throw new CustomsUnavailable("China customs unreachable at " + endpoint + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CustomsUnavailable("Interrupted while sending " + type + " " + guid, ex);
		}
	}

}
