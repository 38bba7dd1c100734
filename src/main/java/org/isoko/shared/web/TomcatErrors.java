package org.isoko.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the errors Tomcat raises before Spring sees a request (a request line with raw
 * non-ASCII bytes, headers over {@code server.max-http-request-header-size}, a form body
 * over {@code server.tomcat.max-http-form-post-size}) as Isoko answers every other error:
 * problem+json on API paths, otherwise a small page in the visitor's language (from the
 * {@code isoko-lang} cookie or Accept-Language). Tomcat's own report page, with its
 * English text and server name, is replaced on the host.
 */
@Component
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final MessageSource messages;

	TomcatErrors(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				// Spring Boot adds a plain ErrorReportValve (without stack traces); ours
				// replaces it, and the host then adds no other.
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(IsokoErrorReportValve.class.getName());
				host.getPipeline().addValve(new IsokoErrorReportValve(messages));
			}
		});
	}

	static final class IsokoErrorReportValve extends ErrorReportValve {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private final @Nullable MessageSource messages;

		/** For Tomcat, which may create the host's valve by its class name. */
		public IsokoErrorReportValve() {
			this(null);
		}

		IsokoErrorReportValve(@Nullable MessageSource messages) {
			this.messages = messages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.resetBuffer(true);
				String path = path(request, throwable);
				byte[] body;
				if (path != null && ApiRequests.isApiPath(path) || path == null && !acceptsHtml(request)) {
					response.setContentType(ProblemJson.MEDIA_TYPE);
					body = JSON.writeValueAsBytes(
							ProblemJson.body(status, title(status, Locale.ENGLISH), englishDetail(status), path));
				}
				else {
					response.setContentType("text/html;charset=UTF-8");
					body = page(status, locale(request)).getBytes(StandardCharsets.UTF_8);
				}
				response.setContentLength(body.length);
				OutputStream out = response.getOutputStream();
				out.write(body);
				response.finishResponse();
			}
			catch (IOException | IllegalStateException e) {
				// The client went away or the response was committed: nothing to tell.
			}
		}

		/**
		 * The path asked for; when Tomcat could not read the request line, the path is
		 * only in its message ("Invalid character found in the request target
		 * [/shop?q=...]").
		 */
		private static @Nullable String path(Request request, @Nullable Throwable throwable) {
			Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (original instanceof String text && !text.isEmpty()) {
				return text;
			}
			String uri = request.getCoyoteRequest().requestURI().toString();
			if (uri != null && !uri.isEmpty()) {
				return uri;
			}
			String message = throwable == null ? null : throwable.getMessage();
			int start = message == null ? -1 : message.indexOf("request target [");
			if (start < 0) {
				return null;
			}
			String target = message.substring(start + "request target [".length());
			int end = 0;
			while (end < target.length() && "?] ".indexOf(target.charAt(end)) < 0) {
				end++;
			}
			return target.startsWith("/") ? target.substring(0, end) : null;
		}

		/**
		 * When Tomcat could not read the address, the kind of client decides: browsers
		 * ask for HTML.
		 */
		private static boolean acceptsHtml(Request request) {
			String accept = request.getHeader("Accept");
			return accept != null && accept.contains("text/html");
		}

		private Locale locale(Request request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if ("isoko-lang".equals(cookie.getName())) {
						return supported(Locale.forLanguageTag(cookie.getValue()));
					}
				}
			}
			return supported(request.getLocale());
		}

		private static Locale supported(Locale requested) {
			return LocaleConfiguration.SUPPORTED.stream()
				.filter(l -> l.getLanguage().equals(requested.getLanguage()))
				.findFirst()
				.orElse(Locale.ENGLISH);
		}

		private String title(int status, Locale locale) {
			return message("error.status." + status, locale, status == 413 ? "Request too large" : "Bad request");
		}

		private String message(String code, Locale locale, String otherwise) {
			return messages == null ? otherwise : messages.getMessage(code, null, otherwise, locale);
		}

		private static String englishDetail(int status) {
			return switch (status) {
				case 413 -> "The request is too large: send a shorter body, address or headers";
				case 431 -> "The request headers are too large";
				default -> "The request could not be read: percent-encode non-ASCII characters in the address "
						+ "(e.g. curl -G --data-urlencode 'q=…') and keep headers under 8 KB";
			};
		}

		private String page(int status, Locale locale) {
			String title = HtmlUtils.htmlEscape(title(status, locale));
			String explanation = HtmlUtils.htmlEscape(status == 413 || status == 431
					? message("error.request.too-large", locale, "The request was too large.")
					: message("error.request.invalid", locale, "The request could not be read."));
			String home = HtmlUtils.htmlEscape(message("error.home", locale, "Back to the home page"));
			String heading = HtmlUtils.htmlEscape(message("error.title", locale, "Something went wrong"));
			return """
					<!DOCTYPE html>
					<html lang="%s"><head><meta charset="utf-8">
					<meta name="viewport" content="width=device-width, initial-scale=1">
					<title>%s</title><link rel="stylesheet" href="/css/isoko.css"></head>
					<body><main class="narrow"><h1>%d · %s</h1><p class="error-message">%s</p>
					<p><a href="/">%s</a></p></main></body></html>
					""".formatted(locale.getLanguage(), heading, status, title, explanation, home);
		}

	}

}
