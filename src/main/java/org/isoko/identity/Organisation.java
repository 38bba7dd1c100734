package org.isoko.identity;

import java.time.Instant;

import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;

/**
 * An organisation as stored. Verification changes only through {@link #verify} and
 * {@link #reject}, which guard the current state.
 */
record Organisation(OrganisationId id, String name, OrganisationKind kind, CountryCode country, HubCode hub,
		@Nullable Msisdn phone, Verification verification, @Nullable String verificationReason,
		@Nullable UserId verifiedBy, @Nullable Instant verifiedAt, Instant createdAt, int version) {

	static Organisation register(String name, OrganisationKind kind, CountryCode country, HubCode hub,
			@Nullable Msisdn phone, Instant now) {
		Verification verification = kind.sells() ? Verification.PENDING : Verification.NOT_REQUIRED;
		return new Organisation(new OrganisationId(java.util.UUID.randomUUID()), name, kind, country, hub, phone,
				verification, null, null, null, now, 0);
	}

	Organisation verify(UserId operator, Instant now) {
		requireSeller();
		if (verification == Verification.VERIFIED) {
			throw new Conflict(name + " is already verified");
		}
		return new Organisation(id, name, kind, country, hub, phone, Verification.VERIFIED, null, operator, now,
				createdAt, version);
	}

	Organisation reject(UserId operator, String reason, Instant now) {
		requireSeller();
		if (verification == Verification.REJECTED) {
			throw new Conflict(name + " is already rejected");
		}
		return new Organisation(id, name, kind, country, hub, phone, Verification.REJECTED, reason, operator, now,
				createdAt, version);
	}

	OrganisationSummary summary() {
		return new OrganisationSummary(id, name, kind, country, hub, verification, phone);
	}

	private void requireSeller() {
		if (!kind.sells()) {
			throw new Conflict(name + " is not a selling organisation; there is nothing to verify");
		}
	}
}
