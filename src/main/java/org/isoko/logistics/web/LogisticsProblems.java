package org.isoko.logistics.web;

import org.isoko.logistics.CarrierEvents;
import org.isoko.logistics.WrongHub;
import org.isoko.shared.ProblemJson;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

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
	ResponseEntity<ProblemDetail> wrongHub(WrongHub e) {
		return ProblemJson.response(HttpStatus.FORBIDDEN, "Parcel of another hub", e.getMessage()).build();
	}

	@ExceptionHandler(CarrierEvents.Unsigned.class)
	ResponseEntity<ProblemDetail> unsigned(CarrierEvents.Unsigned e) {
		return ProblemJson.response(HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage()).build();
	}

}
