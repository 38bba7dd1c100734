package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The wallet's "open wallet" link and QR code point where the buyer is, never at the
 * {@code http://localhost:…} the server calls its own simulator on (issue 17).
 */
class ProviderAddressesUnitTests {

	static final String SIMULATOR_PAGE = "http://localhost:8080/simulators/wallet/pay/T-1";

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theSimulatorsPageIsMovedOntoTheHostTheBuyerIsOn() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/1");
		request.setScheme("https");
		request.setServerName("isoko.example.rw");
		request.setServerPort(443);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		assertThat(addresses(new MockEnvironment()).forBuyer(SIMULATOR_PAGE))
			.isEqualTo("https://isoko.example.rw/simulators/wallet/pay/T-1");
	}

	@Test
	void theConfiguredPublicUrlWinsOverTheRequestsHost() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/1");
		request.setServerName("10.0.0.7");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		assertThat(addresses(new MockEnvironment().withProperty("isoko.public-url", "https://shop.isoko.rw/"))
			.forBuyer(SIMULATOR_PAGE)).isEqualTo("https://shop.isoko.rw/simulators/wallet/pay/T-1");
	}

	@Test
	void aRealProvidersUrlIsLeftAlone() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/1");
		request.setServerName("isoko.example.rw");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		String real = "https://qr.wallet.example.com/pay?t=T-1";

		assertThat(addresses(new MockEnvironment()).forBuyer(real)).isEqualTo(real);
		assertThat(addresses(new MockEnvironment()).forBuyer("http://localhost:8080.evil.example/x"))
			.isEqualTo("http://localhost:8080.evil.example/x");
		assertThat(addresses(new MockEnvironment()).forBuyer(null)).isNull();
	}

	@Test
	void withoutARequestOrAPublicUrlTheAddressIsUnchanged() {
		assertThat(addresses(new MockEnvironment()).forBuyer(SIMULATOR_PAGE)).isEqualTo(SIMULATOR_PAGE);
	}

	private static ProviderAddresses addresses(MockEnvironment environment) {
		PaymentsSettings settings = new PaymentsSettings(new BigDecimal("0.05"), new BigDecimal("0.01"),
				Duration.ofDays(60), "", new PaymentsSettings.Momo("", "sandbox", "u", "k", "c", "d", List.of("RWF")),
				new PaymentsSettings.Wallet("", "isoko-demo-app", "key", List.of("CNY")),
				new PaymentsSettings.Poll(Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofSeconds(30), 50),
				false);
		return new ProviderAddresses(settings, environment);
	}

}
