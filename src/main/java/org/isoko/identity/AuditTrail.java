package org.isoko.identity;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * The audit log of security-relevant actions: sign-ins (and failures), tokens created and
 * revoked, seller verifications, role changes, and whatever other modules must be able to
 * account for later (e.g. a forged payment callback). The actor and the client address
 * are taken from the current request when there is one.
 */
public interface AuditTrail {

	void record(String action, @Nullable String target, @Nullable String details);

	/**
	 * Records an action whose actor is known by name only (e.g. a failed sign-in for an
	 * e-mail address).
	 */
	void recordFor(String actor, @Nullable OrganisationId organisation, String action, @Nullable String target,
			@Nullable String details);

	PageOf<Entry> entries(@Nullable String action, PageRequest page);

	record Entry(UUID id, Instant occurredAt, String action, @Nullable UserId actorId, @Nullable String actor,
			@Nullable OrganisationId organisationId, @Nullable String target, @Nullable String remoteAddress,
			@Nullable String details) {
	}

}
