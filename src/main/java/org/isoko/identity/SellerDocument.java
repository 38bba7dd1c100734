package org.isoko.identity;

import java.time.Instant;
import java.util.UUID;

import org.isoko.shared.Conflict;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded registration document of a seller organisation. A replaced document stays,
 * with who replaced it and when; its review changes only through {@link #review}.
 */
public record SellerDocument(UUID id, OrganisationId organisation, String kind, String contentType, String fileName,
		long size, String sha256, UserId uploadedBy, String uploadedByName, Instant uploadedAt,
		@Nullable String replacedByName, @Nullable Instant replacedAt, DocumentReview review,
		@Nullable String reviewReason, @Nullable String reviewedByName, @Nullable Instant reviewedAt, int version) {

	public boolean current() {
		return replacedAt == null;
	}

	/** The address that opens the file in the browser; its extension tells its type. */
	public String url() {
		return "/documents/" + id + "." + extension();
	}

	public String extension() {
		return switch (contentType) {
			case "application/pdf" -> "pdf";
			case "image/png" -> "png";
			default -> "jpg";
		};
	}

	SellerDocument review(DocumentReview decision, @Nullable String reason, String operator, Instant now) {
		if (!current()) {
			throw new Conflict("This document was replaced; review the current one");
		}
		return new SellerDocument(id, organisation, kind, contentType, fileName, size, sha256, uploadedBy,
				uploadedByName, uploadedAt, replacedByName, replacedAt, decision, reason, operator, now, version);
	}

}
