package org.isoko.channels.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.isoko.channels.sms.AfricasTalkingSmsGateway.AfricasTalkingSettings;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The Africa's Talking adapter against a local HTTP server that answers as the messaging
 * API does: what is posted, how each per-recipient status code is taken (sent, retried,
 * failed for good), and the cost as Money. And the configuration that refuses to start
 * without a key.
 */
class AfricasTalkingSmsGatewayTests {

	private HttpServer server;

	private final AtomicReference<Map<String, String>> form = new AtomicReference<>();

	private final AtomicReference<Map<String, String>> headers = new AtomicReference<>();

	private volatile int httpStatus = 201;

	private volatile String answer = "";

	private AfricasTalkingSmsGateway gateway;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/version1/messaging", this::answer);
		server.start();
		gateway = new AfricasTalkingSmsGateway(new AfricasTalkingSettings("isoko", "secret-key",
				URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "ISOKO"));
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> fields = new LinkedHashMap<>();
		Arrays.stream(body.split("&"))
			.map(pair -> pair.split("=", 2))
			.forEach(pair -> fields.put(pair[0],
					URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
		form.set(fields);
		headers.set(Map.of("method", exchange.getRequestMethod(), "apiKey",
				String.valueOf(exchange.getRequestHeaders().getFirst("apiKey")), "accept",
				String.valueOf(exchange.getRequestHeaders().getFirst("Accept")), "contentType",
				String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))));
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(httpStatus, bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String recipients(int statusCode, String status, String messageId, String cost) {
		return """
				{"SMSMessageData":{"Message":"Sent to 1/1 Total Cost: %s","Recipients":[{"cost":"%s",
				"messageId":"%s","messageParts":1,"number":"+250788100200","status":"%s","statusCode":%d}]}}"""
			.formatted(cost, cost, messageId, status, statusCode);
	}

	@Test
	void postsTheDocumentedFormAndReadsTheMessageIdAndTheCost() {
		answer = recipients(101, "Success", "ATXid_fabd5d394a3ca5c081d451d2bea93665", "RWF 15.0000");
		SmsGateway.Sent sent = gateway.send(Msisdn.of("+250788100200"), "Isoko: ibyo watumije byishyuwe");

		assertThat(headers.get()).containsEntry("method", "POST")
			.containsEntry("apiKey", "secret-key")
			.containsEntry("accept", "application/json");
		assertThat(headers.get().get("contentType")).startsWith("application/x-www-form-urlencoded");
		assertThat(form.get()).containsEntry("username", "isoko")
			.containsEntry("to", "+250788100200")
			.containsEntry("message", "Isoko: ibyo watumije byishyuwe")
			.containsEntry("from", "ISOKO");
		assertThat(sent.accepted()).isTrue();
		assertThat(sent.messageId()).isEqualTo("ATXid_fabd5d394a3ca5c081d451d2bea93665");
		assertThat(sent.status()).isEqualTo("Success");
		assertThat(sent.cost()).isEqualTo(Money.of("15", "RWF"));
	}

	@Test
	void aFractionalCostIsRoundedToTheCurrencysMinorUnit() {
		assertThat(AfricasTalkingSmsGateway.cost("KES 0.8000")).isEqualTo(Money.ofMinor(80, "KES"));
		assertThat(AfricasTalkingSmsGateway.cost("USD 0.0050")).isEqualTo(Money.ofMinor(1, "USD"));
		assertThat(AfricasTalkingSmsGateway.cost("0")).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "403, InvalidPhoneNumber", "406, UserInBlacklist", "402, InvalidSenderId",
			"404, UnsupportedNumberType", "407, CouldNotRoute", "409, DoNotDisturbRejection" })
	void aRecipientRefusedForGoodIsNotAcceptedAndNotRetried(int code, String status) {
		answer = recipients(code, status, "None", "0");
		SmsGateway.Sent sent = gateway.send(Msisdn.of("+250788100200"), "Isoko");
		assertThat(sent.accepted()).isFalse();
		assertThat(sent.status()).isEqualTo(status);
		assertThat(sent.messageId()).isEmpty();
		assertThat(sent.cost()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "405, InsufficientBalance", "401, RiskHold", "500, InternalServerError", "501, GatewayError",
			"502, RejectedByGateway" })
	void aRecipientThatMayPassLaterIsRetried(int code, String status) {
		answer = recipients(code, status, "None", "0");
		assertThatThrownBy(() -> gateway.send(Msisdn.of("+250788100200"), "Isoko"))
			.isInstanceOfSatisfying(SmsGateway.TryLater.class, later -> assertThat(later.status()).isEqualTo(status));
	}

	@Test
	void aServerErrorOrAWrongKeyIsRetriedAndABadRequestIsNot() {
		httpStatus = 503;
		answer = "Service Unavailable";
		assertThatThrownBy(() -> gateway.send(Msisdn.of("+250788100200"), "Isoko")).isInstanceOfSatisfying(
				SmsGateway.TryLater.class, later -> assertThat(later.status()).isEqualTo("HTTP 503"));
		httpStatus = 401;
		answer = "The supplied authentication is invalid";
		assertThatThrownBy(() -> gateway.send(Msisdn.of("+250788100200"), "Isoko"))
			.isInstanceOf(SmsGateway.TryLater.class);
		httpStatus = 400;
		answer = "Invalid phone number";
		SmsGateway.Sent sent = gateway.send(Msisdn.of("+250788100200"), "Isoko");
		assertThat(sent.accepted()).isFalse();
		assertThat(sent.status()).isEqualTo("HTTP 400");
	}

	@Test
	void noAnswerAtAllIsRetried() {
		server.stop(0);
		assertThatThrownBy(() -> gateway.send(Msisdn.of("+250788100200"), "Isoko"))
			.isInstanceOf(SmsGateway.TryLater.class);
	}

	@Test
	void selectedWithoutAKeyIsoKoDoesNotStart() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(SmsGatewayConfiguration.class);
		runner
			.withPropertyValues("isoko.channels.sms.gateway=africastalking",
					"isoko.channels.sms.africastalking.username=isoko")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("isoko.channels.sms.africastalking.api-key"));
		runner
			.withPropertyValues("isoko.channels.sms.gateway=africastalking",
					"isoko.channels.sms.africastalking.username=isoko", "isoko.channels.sms.africastalking.api-key=k")
			.run(context -> assertThat(context).hasSingleBean(AfricasTalkingSmsGateway.class));
		runner.run(context -> assertThat(context).doesNotHaveBean(AfricasTalkingSmsGateway.class));
	}

}
