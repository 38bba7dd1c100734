package org.isoko.customs.web;

import java.util.UUID;

import org.isoko.customs.ConsignmentEntries;
import org.isoko.customs.ConsignmentEntry;
import org.isoko.customs.EntryDecisions;
import org.isoko.customs.EntryStatus;
import org.isoko.identity.CurrentUser;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The officer's console for the consignments' entries of the EAC corridors (export at
 * origin, import at destination): the queue of the officer's country, one entry with its
 * goods, documents and history, release and query (each recorded with who and when;
 * again: no change; 409 once decided). Another country's entry is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/customs/entries", produces = "application/json")
@Tag(name = CustomsApi.TAG, description = CustomsApi.TAG_DESCRIPTION)
class CustomsEntriesApi {

	private final EntryDecisions decisions;

	CustomsEntriesApi(EntryDecisions decisions) {
		this.decisions = decisions;
	}

	/**
	 * The reason and, when known, its language (BCP 47); without one, the language of the
	 * request's Accept-Language (Isoko's four), else not known.
	 */
	record QueryRequest(@Nullable String reason, @Nullable String language) {
	}

	@GetMapping
	@Operation(summary = "The consignments' export and import entries of the officer's country, latest first; "
			+ "filter: status (SUBMITTED, ACCEPTED, RELEASED, QUERIED)")
	PageOf<ConsignmentEntry> list(CurrentUser user, @RequestParam(required = false) @Nullable EntryStatus status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return decisions.queue(user, status, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An entry: its goods per house waybill (HS code, description, value, weights, "
			+ "quantity; import: duty, VAT, other charges), its documents present and missing, its history")
	ConsignmentEntries.EntryView detail(CurrentUser user, @PathVariable UUID id) {
		return decisions.detail(user, id);
	}

	@PostMapping("/{id}/release")
	@Operation(summary = "Releases the entry (an exit note or release number is given); an import releases its "
			+ "parcels and clears their orders; again: no change; 409 when queried")
	ConsignmentEntry release(CurrentUser user, @PathVariable UUID id) {
		return decisions.release(user, id);
	}

	@PostMapping("/{id}/query")
	@Operation(summary = "Queries the entry with a reason (required, at most 500 characters) and its language "
			+ "(optional BCP 47 tag; else the Accept-Language's, else not known); the declarant submits it again; "
			+ "409 when released")
	ConsignmentEntry query(CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable QueryRequest body,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		String language = body == null ? null : body.language();
		if (language == null && acceptLanguage != null) {
			language = LocaleContextHolder.getLocale().toLanguageTag();
		}
		return decisions.query(user, id, body == null ? null : body.reason(), language);
	}

}
