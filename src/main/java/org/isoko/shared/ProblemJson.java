package org.isoko.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details built by hand, the one way for all modules. Errors that
 * exceptions describe (NotFound, Conflict, InvalidInput, ...) are answered by the shared
 * advice instead; {@link #response} is for answers that carry more than an exception says
 * (a Retry-After, a WWW-Authenticate, a wording of the module's own), and {@link #write}
 * for the places that answer before Spring MVC does (security filters, request limits,
 * the error view) or outside it (asynchronous answers).
 */
public final class ProblemJson {

	public static final String MEDIA_TYPE = "application/problem+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemJson() {
	}

	/**
	 * A problem as a controller's or exception handler's answer. Always
	 * {@code application/problem+json}, also where the call produces something else when
	 * it succeeds (content negotiation would pick that); Spring fills in the instance,
	 * the request's path. Add headers, then {@code build()}.
	 */
	public static ResponseEntity.HeadersBuilder<?> response(HttpStatusCode status, String title,
			@Nullable String detail) {
		return ResponseEntity.of(problem(status, title, detail))
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	public static ProblemDetail problem(HttpStatusCode status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
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
