package org.isoko.logistics.web;

import java.util.Map;

import org.isoko.logistics.CarrierEvents;
import org.isoko.logistics.WrongHub;
import org.isoko.shared.ProblemJson;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The two logistics refusals the shared problem mapping does not word: a parcel of
 * another hub (403 with where it belongs, not just "your role does not allow this") and a
 * carrier call whose signature or timestamp is wrong (401).
 */
@RestControllerAdvice(
		assignableTypes = { ParcelsApi.class, ConsignmentsApi.class, CarrierWebhookApi.class, DocumentsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class LogisticsProblems {

	@ExceptionHandler(WrongHub.class)
	ResponseEntity<Map<String, Object>> wrongHub(WrongHub e, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "Parcel of another hub", e.getMessage(), request);
	}

	@ExceptionHandler(CarrierEvents.Unsigned.class)
	ResponseEntity<Map<String, Object>> unsigned(CarrierEvents.Unsigned e, HttpServletRequest request) {
		return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage(), request);
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String title, String detail,
			HttpServletRequest request) {
		return ResponseEntity.status(status)
			.contentType(MediaType.parseMediaType(ProblemJson.MEDIA_TYPE))
			.body(ProblemJson.body(status.value(), title, detail, request.getRequestURI()));
	}

}
