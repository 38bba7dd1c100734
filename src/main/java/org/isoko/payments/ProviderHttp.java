package org.isoko.payments;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients for provider calls, with timeouts: a provider that hangs must not hold a
 * request thread forever.
 */
public final class ProviderHttp {

	private ProviderHttp() {
	}

	public static RestClient client() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(Duration.ofSeconds(20));
		// Buffered, so that every request carries a Content-Length (some gateways, and
		// our own size filter, refuse chunked bodies).
		return RestClient.builder().requestFactory(new BufferingClientHttpRequestFactory(factory)).build();
	}

}
