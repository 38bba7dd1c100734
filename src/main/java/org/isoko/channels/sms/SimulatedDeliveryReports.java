package org.isoko.channels.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.isoko.channels.sms.SimulatedSmsGateway.DeliveryReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The simulated network's delivery reports, posted over HTTP to Isoko's own callback as
 * Africa's Talking posts them (a form, with the callback's key when one is set), so that
 * the demo's operator page shows delivery states reached through the real protocol. Posts
 * only once the web server runs (tests without one take the reports from the simulator
 * and post them themselves).
 */
@Component
@Conditional(SimulatorsEnabled.class)
@ConditionalOnProperty(name = "isoko.channels.sms.gateway", havingValue = "simulator", matchIfMissing = true)
class SimulatedDeliveryReports {

	private static final Logger LOG = LoggerFactory.getLogger(SimulatedDeliveryReports.class);

	private final SimulatedSmsGateway gateway;

	private final String key;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private volatile int port;

	SimulatedDeliveryReports(SimulatedSmsGateway gateway,
			@Value("${isoko.channels.sms.delivery-reports.secret:}") String key) {
		this.gateway = gateway;
		this.key = key;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		port = event.getWebServer().getPort();
	}

	@Scheduled(fixedDelayString = "${isoko.channels.sms.send-interval:2s}")
	void post() {
		if (port <= 0) {
			return;
		}
		for (DeliveryReport report : gateway.takeReports()) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("id", report.id());
			form.put("status", report.status());
			form.put("phoneNumber", report.phoneNumber());
			form.put("networkCode", report.networkCode());
			form.put("failureReason", report.failureReason());
			form.put("retryCount", Integer.toString(report.retryCount()));
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			String query = key.isEmpty() ? "" : "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sms/delivery-reports" + query))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					LOG.warn("Simulated delivery report refused: {} {}", response.statusCode(), response.body());
				}
			}
			catch (IOException ex) {
				LOG.warn("Simulated delivery report not posted: {}", ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
