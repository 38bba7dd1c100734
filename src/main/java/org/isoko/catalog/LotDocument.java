package org.isoko.catalog;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A document a lot carries, e.g. a certificate of origin (number, issuer, issue date,
 * expiry, the scheme it proves origin for and the origin criterion, such as
 * "WHOLLY_OBTAINED" for green coffee).
 */
public record LotDocument(UUID id, DocumentKind kind, String number, String issuer, LocalDate issuedOn,
		@Nullable LocalDate expiresOn, @Nullable PreferenceScheme scheme, @Nullable String originCriterion) {

	/**
	 * Valid on {@code day}: issued on or before it and not yet expired (the expiry day
	 * itself no longer counts).
	 */
	public boolean isValidOn(LocalDate day) {
		return !issuedOn.isAfter(day) && (expiresOn == null || day.isBefore(expiresOn));
	}

	public boolean provesOriginFor(PreferenceScheme wanted, LocalDate day) {
		return kind == DocumentKind.CERTIFICATE_OF_ORIGIN && wanted == scheme && isValidOn(day);
	}
}
