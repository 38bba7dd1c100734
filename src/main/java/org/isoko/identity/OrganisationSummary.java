package org.isoko.identity;

import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;

/** What other modules may know about an organisation. */
public record OrganisationSummary(OrganisationId id, String name, OrganisationKind kind, CountryCode country,
		HubCode hub, Verification verification, @Nullable Msisdn phone) {

	public boolean maySell() {
		return kind.sells() && verification == Verification.VERIFIED;
	}
}
