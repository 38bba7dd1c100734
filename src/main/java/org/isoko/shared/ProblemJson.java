package org.isoko.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem detail straight to a servlet response, for the places that
 * answer before Spring MVC does (security filters, request limits, the error view).
 * Everywhere else, controllers return {@code ProblemDetail}.
 */
public final class ProblemJson {

	public static final String MEDIA_TYPE = "application/problem+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemJson() {
	}

	public static void write(HttpServletResponse response, int status, String title, String detail,
			@Nullable String instance) throws IOException {
		write(response, status, title, detail, instance, List.of());
	}

	/**
	 * The same with an {@code errors} list naming the offending fields (see
	 * {@link #fieldError}), as the API's validation problems have.
	 */
	public static void write(HttpServletResponse response, int status, String title, String detail,
			@Nullable String instance, List<Map<String, Object>> errors) throws IOException {
		response.setStatus(status);
		response.setContentType(MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = body(status, title, detail, instance);
		if (!errors.isEmpty()) {
			body.put("errors", errors);
		}
		JSON.writeValue(response.getOutputStream(), body);
	}

	/** One entry of a problem's {@code errors} list. */
	public static Map<String, Object> fieldError(String field, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

	public static Map<String, Object> body(int status, String title, String detail, @Nullable String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		if (instance != null) {
			body.put("instance", instance);
		}
		return body;
	}

}
