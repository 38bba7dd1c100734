package org.isoko.trade;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * A buyer organisation's certificate of exemption from an import tax (today: Rwanda's VAT
 * exemption for machinery and capital goods of registered processors, condition
 * {@code CAPITAL_GOODS_PROCESSOR}), as declared by the buyer and decided by the operator
 * of its hub. Only an approved certificate valid on the day waives the tax, and only on
 * the HS codes the exemption covers. The decision changes only through {@link #approve}
 * and {@link #refuse}, which guard the current state.
 */
public record ExemptionCertificate(UUID id, OrganisationId organisation, String organisationName, HubCode hub,
		CountryCode importer, String condition, String number, LocalDate validFrom, LocalDate validTo,
		ExemptionStatus status, UserId declaredBy, Instant declaredAt, @Nullable UserId decidedBy,
		@Nullable Instant decidedAt, @Nullable String reason) {

	/** Approved and valid on {@code day} (both ends included). */
	public boolean exemptsOn(LocalDate day) {
		return status == ExemptionStatus.APPROVED && !day.isBefore(validFrom) && !day.isAfter(validTo);
	}

	public boolean isExpiredOn(LocalDate day) {
		return day.isAfter(validTo);
	}

	ExemptionCertificate approve(UserId operator, Instant now) {
		requirePending();
		return new ExemptionCertificate(id, organisation, organisationName, hub, importer, condition, number, validFrom,
				validTo, ExemptionStatus.APPROVED, declaredBy, declaredAt, operator, now, null);
	}

	ExemptionCertificate refuse(UserId operator, String why, Instant now) {
		requirePending();
		return new ExemptionCertificate(id, organisation, organisationName, hub, importer, condition, number, validFrom,
				validTo, ExemptionStatus.REFUSED, declaredBy, declaredAt, operator, now, why);
	}

	private void requirePending() {
		if (status != ExemptionStatus.PENDING) {
			throw new Conflict("Certificate " + number + " is already " + status.name().toLowerCase()
					+ "; the buyer declares a new one to change it");
		}
	}

}
