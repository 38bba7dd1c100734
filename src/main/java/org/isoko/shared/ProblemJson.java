package org.isoko.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
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
		response.setStatus(status);
		response.setContentType(MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), body(status, title, detail, instance));
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
