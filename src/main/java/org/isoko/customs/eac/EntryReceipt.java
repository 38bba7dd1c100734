package org.isoko.customs.eac;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The authority's answer to an entry revision: accepted (entered, under examination),
 * released (with the release or exit note number) or queried (with the reason; Isoko may
 * resubmit), or refused (the message could not be read or verified). The reason is the
 * authority's own words, in the language {@code reasonLanguage} (a BCP 47 tag, from the
 * reason's {@code xml:lang}) when it says so.
 */
public record EntryReceipt(String guid, String reference, int revision, Status status, @Nullable String releaseNumber,
		@Nullable String reason, @Nullable String reasonLanguage, Instant at) {

	/** A receipt whose reason's language is not stated. */
	public EntryReceipt(String guid, String reference, int revision, Status status, @Nullable String releaseNumber,
			@Nullable String reason, Instant at) {
		this(guid, reference, revision, status, releaseNumber, reason, null, at);
	}

	public enum Status {

		ACCEPTED, RELEASED, QUERIED, REFUSED

	}

}
