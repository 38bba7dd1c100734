package org.isoko.customs.web;

import java.util.Map;

import org.isoko.customs.StuckDeclarations;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * For hub operators and admins: the customs messages Isoko stopped retrying (customs
 * unreachable for too long), and sending them again. A hub operator sees and sends again
 * their hub's (the declaration's destination hub), an admin every hub's.
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
	@Operation(summary = "Messages given up on after isoko.customs.outbox.max-attempts failed attempts, oldest first, "
			+ "with the attempts and the last error; a hub operator's: their hub's (destination hub), an admin's: all")
	PageOf<StuckDeclarations.Stuck> givenUp(CurrentUser user, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return stuck.list(user, PageRequest.of(page, size));
	}

	@PostMapping("/given-up/retry")
	@Operation(summary = "Sends every message given up on that the caller sees again (a hub operator: their hub's; "
			+ "an admin: all); the same messages: customs takes each once")
	Map<String, Integer> retry(CurrentUser user) {
		return Map.of("requeued", stuck.retryAll(user));
	}

}
