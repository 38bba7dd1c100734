package org.isoko.customs.web;

import java.util.List;
import java.util.UUID;

import org.isoko.customs.Declaration;
import org.isoko.customs.DeclarationQueue;
import org.isoko.customs.DeclarationRisk;
import org.isoko.customs.DeclarationStatus;
import org.isoko.customs.HoldReason;
import org.isoko.customs.OfficerDecisions;
import org.isoko.logistics.ConsignmentId;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.HubCode;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The customs officer's console over HTTP: the queue of the officer's country, one
 * declaration with its documents side by side, release / hold / reject (each idempotent,
 * 409 when the declaration's state does not allow it), and clearance times. Another
 * country's declaration is 404; a caller who is not a customs officer gets 403.
 */
@RestController
@RequestMapping(path = "/api/v1/customs", produces = "application/json")
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class CustomsApi {

	static final String TAG = "Customs";

	static final String TAG_DESCRIPTION = "The customs officer's console: the declarations of the officer's country, "
			+ "their documents and checks, release, hold and reject, clearance times per corridor; an order's "
			+ "declaration for its seller and buyer; messages given up on, for operators";

	private final DeclarationQueue queue;

	private final OfficerDecisions decisions;

	CustomsApi(DeclarationQueue queue, OfficerDecisions decisions) {
		this.queue = queue;
		this.decisions = decisions;
	}

	record NoteRequest(@Nullable String note) {
	}

	record HoldRequest(@Nullable HoldReason reason, @Nullable String note) {
	}

	@GetMapping("/declarations")
	@Operation(summary = "The declarations of the officer's country, latest first; filters: status, corridor "
			+ "(origin and destination hub), consignment, risk (MISMATCH, FIRST_TIME_BUYER, NEAR_LIMIT)")
	PageOf<DeclarationQueue.Item> list(CurrentUser user,
			@RequestParam(required = false) @Nullable DeclarationStatus status,
			@RequestParam(required = false) @Nullable HubCode origin,
			@RequestParam(required = false) @Nullable HubCode destination,
			@RequestParam(required = false) @Nullable ConsignmentId consignment,
			@RequestParam(required = false) @Nullable DeclarationRisk risk,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return queue.queue(user, new DeclarationQueue.Filter(status, origin, destination, consignment, risk),
				PageRequest.of(page, size));
	}

	@GetMapping("/declarations/{id}")
	@Operation(summary = "A declaration: its references, risks, the four documents side by side with every "
			+ "disagreeing field marked, the failed checks, its history and the officers' decisions")
	DeclarationQueue.Detail detail(CurrentUser user, @PathVariable UUID id) {
		return queue.detail(user, id);
	}

	@PostMapping("/declarations/{id}/release")
	@Operation(summary = "Releases the goods (parcel released by customs, order cleared); again: no change; "
			+ "409 when rejected or in error")
	Declaration release(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable NoteRequest body) {
		return decisions.release(user, id, body == null ? null : body.note());
	}

	@PostMapping("/declarations/{id}/hold")
	@Operation(summary = "Holds the goods with a reason (DOCUMENT_REQUESTED, PHYSICAL_INSPECTION, VALUE_CHECK, "
			+ "IDENTITY_CHECK) and a note; the order's timeline shows the reason; 409 when released or rejected")
	Declaration hold(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable HoldRequest body) {
		return decisions.hold(user, id, body == null ? null : body.reason(), body == null ? null : body.note());
	}

	@PostMapping("/declarations/{id}/reject")
	@Operation(summary = "Refuses the goods: the parcel goes back, the buyer is refunded, nothing returns to the "
			+ "seller's stock; again: no change; 409 when released")
	Declaration reject(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable NoteRequest body) {
		return decisions.reject(user, id, body == null ? null : body.note());
	}

	@GetMapping("/statistics")
	@Operation(summary = "Clearance time (declared → released) per corridor: p50 and p95 over the released "
			+ "declarations of the officer's country")
	List<DeclarationQueue.ClearanceTimes> statistics(CurrentUser user) {
		return queue.clearanceTimes(user);
	}

}
