package org.isoko.drops.web;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.isoko.drops.DropOrdering;
import org.isoko.shared.Conflict;
import org.isoko.shared.NotFound;
import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers drop orders whose claim waits for its batch: the request is put in asynchronous
 * mode and its answer is written straight to the response when the batch commits, on a
 * container thread. Spring MVC's {@code DeferredResult} did the same through an
 * asynchronous dispatch, which ran the whole filter chain (security included) and Spring
 * MVC a second time for every order placed — in a rush, a large share of an order's CPU.
 * <p>
 * The answer is what the controller would have returned: the order as JSON (Spring's own
 * {@link JsonMapper}, so the same document), or a problem: 409 for a refusal or a busy
 * drop, 404, or 500 for anything unexpected (logged).
 */
@Component
class DropAnswers {

	private static final Logger LOG = LoggerFactory.getLogger(DropAnswers.class);

	private final JsonMapper json;

	DropAnswers(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Answers the request once {@code result} completes, with the entity {@code toAnswer}
	 * makes of it (built on the container thread too, not on the committing one); the
	 * controller then returns null at once.
	 */
	<T> void later(HttpServletRequest request, HttpServletResponse response, CompletableFuture<T> result,
			Function<T, ? extends ResponseEntity<?>> toAnswer) {
		String uri = request.getRequestURI();
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(DropOrdering.ANSWER_TIMEOUT.toMillis() + 5_000); // the result
																			// itself
																			// times out
																			// at
																			// ANSWER_TIMEOUT
		result.whenComplete((value, failure) -> {
			try {
				// Not on the committing thread: the next batch should not wait for this
				// answer's serialisation.
				async.start(() -> write(async, response, uri, () -> toAnswer.apply(value), failure));
			}
			catch (IllegalStateException gone) { // the client went away and the container
													// completed the request
				LOG.debug("Drop order answer dropped: {}", gone.toString());
			}
		});
	}

	private void write(AsyncContext async, HttpServletResponse response, String uri,
			Supplier<? extends ResponseEntity<?>> answer, @Nullable Throwable failure) {
		try {
			if (failure != null) {
				problem(response, uri, failure instanceof CompletionException && failure.getCause() != null
						? failure.getCause() : failure);
				return;
			}
			ResponseEntity<?> entity;
			try {
				entity = answer.get();
			}
			catch (RuntimeException building) { // a replay's order could not be read, say
				problem(response, uri, building);
				return;
			}
			response.setStatus(entity.getStatusCode().value());
			entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			byte[] body = json.writeValueAsBytes(entity.getBody());
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
		catch (IOException | RuntimeException e) {
			LOG.debug("Could not write a drop order answer to {}: {}", uri, e.toString());
		}
		finally {
			async.complete();
		}
	}

	/** 409 for a refusal or a busy drop, 404, or 500 for anything unexpected (logged). */
	private static void problem(HttpServletResponse response, String uri, Throwable cause) throws IOException {
		if (cause instanceof Conflict) {
			ProblemJson.write(response, HttpServletResponse.SC_CONFLICT, "Conflict", cause.getMessage(), uri);
		}
		else if (cause instanceof NotFound) {
			ProblemJson.write(response, HttpServletResponse.SC_NOT_FOUND, "Not found", cause.getMessage(), uri);
		}
		else {
			LOG.error("A drop order failed at {}", uri, cause);
			ProblemJson.write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal Server Error",
					"The drop order could not be placed; retry with the same Idempotency-Key to learn its outcome",
					uri);
		}
	}

}
