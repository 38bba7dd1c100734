package org.isoko.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.isoko.shared.ProblemJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code isoko.web.max-request-size} (default 256 KB)
 * before anything reads them: no Isoko call needs more, and a huge body is either a
 * mistake or an attack. A body without a length (chunked) is refused on the API and for
 * forms: its size cannot be checked before reading, and Tomcat, which would stop reading
 * a form at {@code server.tomcat.max-http-form-post-size}, answers that with a stack
 * trace at ERROR. Browsers always send forms with a length. The API answers problem+json,
 * pages the error page in the visitor's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimitFilter(@Value("${isoko.web.max-request-size:256KB}") DataSize maxRequestSize) {
		this.maxBytes = maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
		boolean api = ApiRequests.isApi(request);
		if (length > maxBytes) {
			refuse(request, response, api, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload Too Large",
					"The request body has " + length + " bytes; at most " + maxBytes + " are accepted");
			return;
		}
		if (chunked && (api || isForm(request))) {
			refuse(request, response, api, HttpServletResponse.SC_LENGTH_REQUIRED, "Length Required",
					"Send the request body with a Content-Length (at most " + maxBytes + " bytes)");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
			String title, String detail) throws IOException {
		if (api) {
			ProblemJson.write(response, status, title, detail, request.getRequestURI());
			return;
		}
		request.setAttribute(TextInputFilter.ERROR_MESSAGE,
				new DefaultMessageSourceResolvable(new String[] { "error.request.too-large" }, detail));
		response.sendError(status, detail);
	}

}
