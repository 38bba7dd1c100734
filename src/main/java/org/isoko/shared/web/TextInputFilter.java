package org.isoko.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.isoko.shared.ProblemJson;
import org.isoko.shared.TextInput;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request parameter (query string and form fields, names and values) with
 * {@link TextInput} before security or any controller reads them: the API answers 400
 * problem+json naming the field, pages the error page saying which field is wrong.
 * Ordered after Spring Boot's character-encoding filter, so that form bodies are decoded
 * as UTF-8 before they are read here.
 */
class TextInputFilter extends OncePerRequestFilter implements Ordered {

	/**
	 * Request attribute holding a {@code MessageSourceResolvable} the error page resolves
	 * in the visitor's language.
	 */
	static final String ERROR_MESSAGE = TextInputFilter.class.getName() + ".message";

	private final TextInput rule;

	TextInputFilter(TextInput rule) {
		this.rule = rule;
	}

	@Override
	public int getOrder() {
		// Boot's CharacterEncodingFilter is HIGHEST_PRECEDENCE; Spring Security is -100.
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException unreadable) {
			// Tomcat refuses to parse a form over max-http-form-post-size (or with too
			// many parameters): the client's mistake, answered without a stack trace.
			refuseUnreadable(request, response);
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String field = parameter.getKey();
			TextInput.Problem problem = TextInput.check(field, false, rule.maxLength());
			for (int i = 0; problem == null && i < parameter.getValue().length; i++) {
				String value = parameter.getValue()[i];
				// A flag without a value (?signedOut): "" from Tomcat, null from some
				// servlet stand-ins.
				problem = value == null ? null : rule.check(field, value);
			}
			if (problem != null) {
				refuse(request, response, printable(field), problem);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String field,
			TextInput.Problem problem) throws IOException {
		String detail = field + ": " + problem.detail(rule.maxLength());
		if (ApiRequests.isApi(request)) {
			ProblemJson.write(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid request", detail,
					request.getRequestURI(), List.of(ProblemJson.fieldError(field, problem.detail(rule.maxLength()))));
			return;
		}
		request.setAttribute(ERROR_MESSAGE, new DefaultMessageSourceResolvable(new String[] { problem.messageCode() },
				new Object[] { field, rule.maxLength() }, detail));
		response.sendError(HttpServletResponse.SC_BAD_REQUEST, detail);
	}

	private static void refuseUnreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String detail = "The form is too large or has too many fields";
		if (ApiRequests.isApi(request)) {
			ProblemJson.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload Too Large", detail,
					request.getRequestURI());
			return;
		}
		request.setAttribute(ERROR_MESSAGE,
				new DefaultMessageSourceResolvable(new String[] { "error.request.too-large" }, detail));
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, detail);
	}

	/** A field name as it may be shown back: its control characters made visible. */
	private static String printable(String field) {
		StringBuilder text = new StringBuilder();
		field.codePoints()
			.limit(100)
			.forEach(c -> text.append(Character.getType(c) == Character.CONTROL || Character.isSurrogate((char) c)
					? String.format("\\u%04X", c) : Character.toString(c)));
		return text.toString();
	}

}
