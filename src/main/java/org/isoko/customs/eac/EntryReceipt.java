package org.isoko.customs.eac;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The authority's answer to an entry revision: accepted (entered, under examination),
 * released (with the release or exit note number) or queried (with the reason; Isoko may
 * resubmit), or refused (the message could not be read or verified).
 */
public record EntryReceipt(String guid, String reference, int revision, Status status, @Nullable String releaseNumber,
		@Nullable String reason, Instant at) {

	public enum Status {

		ACCEPTED, RELEASED, QUERIED, REFUSED

	}

}
