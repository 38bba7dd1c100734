package org.isoko.shared.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.isoko.shared.Busy;
import org.isoko.shared.Conflict;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.NetworkNotSetUp;
import org.isoko.shared.NotFound;
import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Maps every error of an API request to an RFC 9457 problem detail, once, for all
 * modules. Validation problems name the offending fields in an {@code errors} list
 * ({@code [{"field": "code", "message": "..."}]}).
 * <p>
 * Page requests are handed to the servlet container's error dispatch instead, so that a
 * person sees the error page rather than JSON.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFound.class)
	@Nullable ResponseEntity<Object> notFound(NotFound e, NativeWebRequest request) throws IOException {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of(), request);
	}

	@ExceptionHandler(Conflict.class)
	@Nullable ResponseEntity<Object> conflict(Conflict e, NativeWebRequest request) throws IOException {
		return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of(), request);
	}

	/**
	 * A first start on an empty database: not an error of anybody's, so no stack trace;
	 * pages get the error page with the set-up steps and their links.
	 */
	@ExceptionHandler(NetworkNotSetUp.class)
	@Nullable ResponseEntity<Object> networkNotSetUp(NetworkNotSetUp e, NativeWebRequest request) throws IOException {
		request.setAttribute(IsokoErrorController.NETWORK_NOT_SET_UP, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		return problem(HttpStatus.CONFLICT, "Not set up yet", e.getMessage(), List.of(), request);
	}

	/**
	 * Too much of one kind of work at once (see {@link Busy}): 503 with the time after
	 * which the same request may be sent again.
	 */
	@ExceptionHandler(Busy.class)
	@Nullable ResponseEntity<Object> busy(Busy e, NativeWebRequest request) throws IOException {
		String retryAfter = Long.toString(Math.max(1, e.retryAfter().toSeconds()));
		if (!isApi(request)) {
			request.getNativeResponse(HttpServletResponse.class).setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage(), List.of(), request);
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, retryAfter)
			.body(body(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage(), List.of()));
	}

	@ExceptionHandler(InvalidInput.class)
	@Nullable ResponseEntity<Object> invalidInput(InvalidInput e, NativeWebRequest request) throws IOException {
		List<FieldError> errors = e.field() == null ? List.of() : List.of(new FieldError(e.field(), e.getMessage()));
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), errors, request);
	}

	/**
	 * Always-valid value types (country codes, money, ...) reject bad values with
	 * IllegalArgumentException.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	@Nullable ResponseEntity<Object> illegalArgument(IllegalArgumentException e, NativeWebRequest request) throws IOException {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), List.of(), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	@Nullable ResponseEntity<Object> constraintViolation(ConstraintViolationException e, NativeWebRequest request)
			throws IOException {
		List<FieldError> errors = e.getConstraintViolations()
			.stream()
			.map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@Nullable ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, NativeWebRequest request)
			throws IOException {
		String reason = e.getMostSpecificCause().getMessage();
		String message = "'" + e.getValue() + "' is not a valid " + e.getName() + (reason == null ? "" : ": " + reason);
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", message,
				List.of(new FieldError(e.getName(), message)), request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), bindingMessage(f))));
		e.getBindingResult()
			.getGlobalErrors()
			.forEach(g -> errors.add(new FieldError(g.getObjectName(), String.valueOf(g.getDefaultMessage()))));
		return problemOrPage(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		e.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldError(result.getMethodParameter().getParameterName(),
						String.valueOf(error.getDefaultMessage())))));
		return problemOrPage(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		String detail = "The request body is not valid JSON for this call";
		Throwable cause = e.getCause();
		if (cause instanceof JacksonException jackson) {
			String field = jackson.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."));
			String reason = reason(jackson);
			if (!field.isEmpty()) {
				errors.add(new FieldError(field, reason));
				detail = field + ": " + reason;
			}
			else {
				detail = "Malformed JSON: " + reason;
			}
		}
		else if (cause == null) {
			detail = "The request body is missing";
		}
		return problemOrPage(HttpStatus.BAD_REQUEST, "Malformed request body", detail, errors, request);
	}

	/**
	 * Spring's own text ("No static resource api/v1/x.") talks about files; API clients
	 * asked for a resource.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		String path = servletRequest == null ? "/" + e.getResourcePath() : servletRequest.getRequestURI();
		return problemOrPage(HttpStatus.NOT_FOUND, "Not Found", "No resource at " + path, List.of(), request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (!isApi(request)) {
			return sendToErrorPage(status, request);
		}
		return super.handleExceptionInternal(e, body, headers, status, request);
	}

	private @Nullable ResponseEntity<Object> problemOrPage(HttpStatus status, String title, String detail,
			List<FieldError> errors, WebRequest request) {
		if (!isApi(request)) {
			return sendToErrorPage(status, request);
		}
		return ResponseEntity.status(status).body(body(status, title, detail, errors));
	}

	private @Nullable ResponseEntity<Object> problem(HttpStatus status, String title, @Nullable String detail,
			List<FieldError> errors, NativeWebRequest request) throws IOException {
		if (!isApi(request)) {
			request.getNativeRequest(HttpServletRequest.class).setAttribute("jakarta.servlet.error.message", detail);
			request.getNativeResponse(HttpServletResponse.class).sendError(status.value(), detail);
			return null;
		}
		return ResponseEntity.status(status).body(body(status, title, detail, errors));
	}

	private static ProblemDetail body(HttpStatus status, String title, @Nullable String detail,
			List<FieldError> errors) {
		ProblemDetail problem = ProblemJson.problem(status, title, detail == null ? title : detail);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
		}
		return problem;
	}

	private static @Nullable ResponseEntity<Object> sendToErrorPage(HttpStatusCode status, WebRequest request) {
		try {
			((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class).sendError(status.value());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return null;
	}

	private static boolean isApi(WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		return servletRequest != null && ApiRequests.isApi(servletRequest);
	}

	private static String bindingMessage(org.springframework.validation.FieldError error) {
		if (error.isBindingFailure()) {
			return "'" + error.getRejectedValue() + "' is not a valid value";
		}
		return String.valueOf(error.getDefaultMessage());
	}

	private static String summary(List<FieldError> errors) {
		return errors.isEmpty() ? "The request is invalid"
				: errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	/**
	 * What was wrong with a value, in the words of the API rather than of Java: our value
	 * types explain themselves (IllegalArgumentException); a bad enumeration value lists
	 * the allowed ones; other mismatches name the kind of value expected instead of a
	 * Java class.
	 */
	private static String reason(JacksonException jackson) {
		Throwable root = rootCause(jackson);
		if (root instanceof IllegalArgumentException && root.getMessage() != null) {
			return root.getMessage();
		}
		if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			Class<?> type = invalid.getTargetType();
			if (type.isEnum()) {
				String allowed = Arrays.stream(type.getEnumConstants())
					.map(e -> ((Enum<?>) e).name())
					.collect(Collectors.joining(", "));
				return "'" + invalid.getValue() + "' is not one of " + allowed;
			}
			return "'" + invalid.getValue() + "' is not a valid " + kindOfValue(type);
		}
		if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "expected " + kindOfValue(mismatch.getTargetType());
		}
		return jackson.getOriginalMessage();
	}

	private static String kindOfValue(Class<?> type) {
		if (type == int.class || type == long.class || type == short.class || type == Integer.class
				|| type == Long.class || type == Short.class) {
			return "whole number";
		}
		if (type == BigDecimal.class || type == double.class || type == Double.class) {
			return "number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "boolean (true or false)";
		}
		if (type == LocalDate.class) {
			return "date (YYYY-MM-DD)";
		}
		if (type == Instant.class || type == OffsetDateTime.class) {
			return "timestamp (ISO 8601, e.g. 2026-11-29T10:00:00Z)";
		}
		if (type == UUID.class) {
			return "id (UUID)";
		}
		if (type == String.class || type.isEnum()) {
			return "text value";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "list";
		}
		return "value";
	}

	private static Throwable rootCause(Throwable e) {
		Throwable current = e;
		while (current.getCause() != null && current.getCause() != current) {
			current = current.getCause();
		}
		return current;
	}

	record FieldError(String field, @Nullable String message) {
		Map<String, Object> asMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("field", field);
			map.put("message", message == null ? "is invalid" : message);
			return map;
		}
	}

}
