package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests Tomcat refuses before Spring sees them (a request line with raw non-ASCII
 * bytes, headers over 8 KB, a body over Tomcat's limits) are answered as Isoko answers:
 * problem+json on API paths, Isoko's error page in the visitor's language on pages, and
 * nothing logged at ERROR for a client's mistake. Sent over a raw socket, since an HTTP
 * client would encode or refuse what these send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TomcatErrorsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void rawNonAsciiInThePageQueryGivesTheErrorPage(CapturedOutput output) throws IOException {
		String response = send("GET /shop?q=咖啡 HTTP/1.1\r\nHost: localhost\r\nAccept-Language: fr\r\n"
				+ "Accept: text/html\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		// Tomcat reads no header after a bad request line: the page cannot know the
		// language.
		assertThat(response).contains("Content-Type: text/html").contains("Bad request").doesNotContain("Tomcat");
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("Error parsing HTTP request header");
	}

	@Test
	void rawNonAsciiInAnApiQueryGivesAProblem(CapturedOutput output) throws IOException {
		String response = send("GET /api/v1/listings?q=咖啡 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("Content-Type: application/problem+json")
			.contains("\"status\":400")
			.contains("percent-encode")
			.doesNotContain("Tomcat");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void headersOverTheLimitGiveTheErrorPage(CapturedOutput output) throws IOException {
		String response = send("GET /shop HTTP/1.1\r\nHost: localhost\r\nAccept-Language: rw\r\nX-Big: "
				+ "x".repeat(9000) + "\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("Content-Type: text/html").contains("Icyifuzo kitemewe").doesNotContain("Tomcat");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void headersOverTheLimitOnTheApiGiveAProblem() throws IOException {
		String response = send("GET /api/v1/hubs HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(9000)
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("Content-Type: application/problem+json").contains("headers");
	}

	@Test
	void aFormOverTheLimitGivesTheErrorPage(CapturedOutput output) throws IOException {
		String form = "q=" + "x".repeat(300 * 1024);
		String response = send("POST /register HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Accept-Language: zh\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ form.length() + "\r\nConnection: close\r\n\r\n" + form);

		assertThat(response).startsWith("HTTP/1.1 413");
		assertThat(response).contains("Content-Type: text/html").contains("请求过大").doesNotContain("Tomcat");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	@Test
	void aChunkedFormIsRefusedBeforeTomcatReadsIt(CapturedOutput output) throws IOException {
		// No Content-Length, so its size cannot be checked before reading it; Tomcat
		// would
		// stop reading the form at max-http-form-post-size and log that at ERROR.
		String chunk = "q=" + "x".repeat(300 * 1024);
		String response = send("POST /register HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n"
				+ "Connection: close\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 411");
		assertThat(response).contains("Content-Type: text/html").doesNotContain("Tomcat");
		assertThat(output.getAll()).doesNotContain(" ERROR ");
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = in.read(buffer)) > 0;) {
					received.write(buffer, 0, n);
				}
			}
			catch (java.net.SocketException reset) {
				// Tomcat may close without reading the whole body: keep what arrived.
			}
			return received.toString(StandardCharsets.UTF_8);
		}
	}

}
