package org.isoko.payments;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where the providers are and where they call back. Blank settings mean "this server":
 * the in-process simulators and callback endpoints on the port the server actually
 * listens on, which is only known once it runs.
 */
@Component
class ProviderAddresses {

	private final PaymentsSettings settings;

	private final Environment environment;

	ProviderAddresses(PaymentsSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	String momo() {
		return settings.momo().baseUrl().isBlank() ? self() + "/simulators/momo" : trim(settings.momo().baseUrl());
	}

	String wallet() {
		return settings.wallet().baseUrl().isBlank() ? self() + "/simulators/wallet"
				: trim(settings.wallet().baseUrl());
	}

	String callbacks() {
		return (settings.callbackBaseUrl().isBlank() ? self() : trim(settings.callbackBaseUrl()))
				+ "/api/v1/payments/callbacks";
	}

	private String self() {
		return "http://localhost:"
				+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

	private static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
