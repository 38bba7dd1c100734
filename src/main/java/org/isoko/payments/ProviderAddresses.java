package org.isoko.payments;

import org.isoko.ordering.OrderId;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where the providers are and where they call back. Blank settings mean "this server":
 * the in-process simulators and callback endpoints on the port the server actually
 * listens on, which is only known once it runs.
 */
@Component
public class ProviderAddresses {

	private final PaymentsSettings settings;

	private final Environment environment;

	ProviderAddresses(PaymentsSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	String momo() {
		return settings.momo().baseUrl().isBlank() ? self() + "/simulators/momo" : trim(settings.momo().baseUrl());
	}

	public String wallet() {
		return settings.wallet().baseUrl().isBlank() ? self() + "/simulators/wallet"
				: trim(settings.wallet().baseUrl());
	}

	String callbacks() {
		return (settings.callbackBaseUrl().isBlank() ? self() : trim(settings.callbackBaseUrl()))
				+ "/api/v1/payments/callbacks";
	}

	/**
	 * The order page a wallet sends the buyer back to after paying (its return URL), on
	 * {@code isoko.public-url} when set, else on this server (moved onto the buyer's host
	 * by {@link #forBuyer} when the cashier page shows it).
	 */
	String orderPage(OrderId order) {
		String configured = environment.getProperty("isoko.public-url", "");
		return (configured.isBlank() ? self() : trim(configured.trim())) + "/orders/" + order;
	}

	/**
	 * A URL the buyer's browser or phone opens (the wallet's redirect and QR code). The
	 * in-process wallet simulator answers with this server's own address, which the
	 * server calls itself on ({@code http://localhost:…}) but a buyer's phone cannot
	 * reach: such a URL is moved onto {@code isoko.public-url} when set, else onto the
	 * host of the request being answered (the one the buyer is on). A real provider's URL
	 * is left alone.
	 */
	public @Nullable String forBuyer(@Nullable String url) {
		String self = self();
		if (url == null || !(url.equals(self) || url.startsWith(self + "/"))) {
			return url;
		}
		String base = publicBase();
		return base == null ? url : base + url.substring(self.length());
	}

	private @Nullable String publicBase() {
		String configured = environment.getProperty("isoko.public-url", "");
		if (!configured.isBlank()) {
			return trim(configured.trim());
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
			// honours X-Forwarded-* behind a proxy when the server is told to
			return trim(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		}
		return null;
	}

	private String self() {
		return "http://localhost:"
				+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

	private static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
