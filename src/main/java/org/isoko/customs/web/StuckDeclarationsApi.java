package org.isoko.customs.web;

import java.util.List;
import java.util.Map;

import org.isoko.customs.StuckDeclarations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * For hub operators and admins: the customs messages Isoko stopped retrying (customs
 * unreachable for too long), and sending them again.
 */
@RestController
@RequestMapping(path = "/api/v1/customs-outbox", produces = "application/json")
@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class StuckDeclarationsApi {

	private final StuckDeclarations stuck;

	StuckDeclarationsApi(StuckDeclarations stuck) {
		this.stuck = stuck;
	}

	@GetMapping("/given-up")
	@Operation(summary = "Messages given up on after isoko.customs.outbox.max-attempts failed attempts, with the "
			+ "attempts and the last error")
	List<StuckDeclarations.Stuck> givenUp() {
		return stuck.list();
	}

	@PostMapping("/given-up/retry")
	@Operation(summary = "Sends every message given up on again (the same messages: customs takes each once)")
	Map<String, Integer> retry() {
		return Map.of("requeued", stuck.retryAll());
	}

}
