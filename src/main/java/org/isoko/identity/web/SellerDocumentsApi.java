package org.isoko.identity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.DocumentFolder;
import org.isoko.identity.DocumentReview;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.SellerDocument;
import org.isoko.identity.SellerDocuments;
import org.isoko.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A seller organisation's registration documents. Readable by its own members, the
 * operators of its hub and admins; anyone else gets 404.
 */
@RestController
@Tag(name = "Seller documents",
		description = "Registration documents a seller uploads for its hub to check: PDF, JPEG or PNG up to 10 MB, "
				+ "checked by content")
class SellerDocumentsApi {

	private final SellerDocuments documents;

	SellerDocumentsApi(SellerDocuments documents) {
		this.documents = documents;
	}

	record DocumentView(UUID id, String kind, String contentType, String fileName, long size, String sha256,
			String uploadedBy, Instant uploadedAt, @Nullable String replacedBy, @Nullable Instant replacedAt,
			DocumentReview review, @Nullable String reviewReason, @Nullable String reviewedBy,
			@Nullable Instant reviewedAt, String contentUrl) {

		static DocumentView of(SellerDocument d) {
			return new DocumentView(d.id(), d.kind(), d.contentType(), d.fileName(), d.size(), d.sha256(),
					d.uploadedByName(), d.uploadedAt(), d.replacedByName(), d.replacedAt(), d.review(),
					d.reviewReason(), d.reviewedByName(), d.reviewedAt(),
					"/api/v1/organisations/" + d.organisation() + "/documents/" + d.id() + "/content");
		}

	}

	record KindView(String kind, boolean required, String name, @Nullable DocumentView current,
			List<DocumentView> replaced) {

	}

	record FolderView(UUID organisation, boolean complete, List<String> missing, List<String> notChecked,
			List<KindView> kinds) {

		static FolderView of(DocumentFolder folder) {
			return new FolderView(folder.organisation().id().value(), folder.complete(),
					folder.missing().stream().map(k -> k.code()).toList(),
					folder.notChecked().stream().map(k -> k.code()).toList(),
					folder.entries()
						.stream()
						.map(e -> new KindView(e.kind().code(), e.kind().required(), e.kind().name(),
								e.current() == null ? null : DocumentView.of(e.current()),
								e.replaced().stream().map(DocumentView::of).toList()))
						.toList());
		}

	}

	record ReviewRequest(@NotNull DocumentReview decision, @Size(max = 500) @Nullable String reason) {
	}

	@GetMapping(path = "/api/v1/organisations/{id}/documents", produces = "application/json")
	@Operation(summary = "The documents a seller organisation's country asks for, with the current and replaced ones",
			description = "missing: required kinds with no document; notChecked: required kinds not checked yet.")
	FolderView folder(@PathVariable OrganisationId id, CurrentUser user) {
		return FolderView.of(documents.folder(user, id));
	}

	@PostMapping(path = "/api/v1/organisations/{id}/documents", consumes = "multipart/form-data",
			produces = "application/json")
	@Operation(summary = "Uploads a document of my organisation (replacing the current one of its kind)",
			description = "multipart: kind (one of the kinds listed by GET) and file. 400 naming file (not a PDF, "
					+ "JPEG or PNG by content, over 10 MB, damaged, password-protected) or kind.")
	ResponseEntity<DocumentView> upload(@PathVariable OrganisationId id, @RequestParam("kind") String kind,
			@RequestParam("file") MultipartFile file, CurrentUser user) {
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		SellerDocument document = documents.upload(user, id,
				new SellerDocuments.Upload(kind, file.getOriginalFilename(), bytes));
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/documents/" + document.id()))
			.body(DocumentView.of(document));
	}

	@GetMapping("/api/v1/organisations/{id}/documents/{document}/content")
	@Operation(summary = "The document's bytes, inline, with the type its content was found to be")
	ResponseEntity<byte[]> content(@PathVariable OrganisationId id, @PathVariable UUID document, CurrentUser user) {
		SellerDocuments.DocumentFile file = documents.file(user, document);
		if (!file.organisation().equals(id)) {
			throw NotFound.of("Document", document);
		}
		return DocumentResponses.inline(file);
	}

	@PostMapping(path = "/api/v1/organisations/{id}/documents/{document}/review", produces = "application/json")
	@Operation(summary = "Checks or refuses a seller's current document (operators of its hub, admins)",
			description = "decision CHECKED, or REFUSED with a reason the seller reads.")
	DocumentView review(@PathVariable OrganisationId id, @PathVariable UUID document,
			@Valid @RequestBody ReviewRequest request, CurrentUser user) {
		return DocumentView.of(documents.review(user, id, document, request.decision(), request.reason()));
	}

}
