package org.isoko.identity.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.DocumentReview;
import org.isoko.identity.InvalidDocument;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.SellerDocuments;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seller's documents page, and the operator's check or refusal of one document on the
 * seller's verification page. Each form redirects back to its page, a refused one with
 * its message by the field (flash attributes), so a reload never re-posts a file.
 */
@Controller
class SellerDocumentPages {

	static final String FORM = "documentForm";

	private final SellerDocuments documents;

	SellerDocumentPages(SellerDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/seller/documents")
	@PreAuthorize("hasRole('SELLER')")
	String page(CurrentUser seller, Model model) {
		model.addAttribute("folder", documents.folder(seller, seller.organisationId()));
		model.addAttribute("maxMegabytes", documents.maxBytes() / (1024 * 1024));
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, new DocumentForm());
		}
		return "identity/seller-documents";
	}

	@PostMapping("/seller/documents")
	@PreAuthorize("hasRole('SELLER')")
	String upload(CurrentUser seller, @ModelAttribute(FORM) DocumentForm form, BindingResult errors,
			RedirectAttributes redirect) {
		try {
			var document = documents.upload(seller, seller.organisationId(), new SellerDocuments.Upload(
					form.getKind() == null ? "" : form.getKind(), originalName(form), bytes(form)));
			redirect.addFlashAttribute("uploaded", document.kind());
			return "redirect:/seller/documents";
		}
		catch (InvalidDocument e) {
			errors.rejectValue("file", e.messageCode(), new Object[] { documents.maxBytes() / (1024 * 1024) },
					String.valueOf(e.getMessage()));
		}
		catch (InvalidInput e) {
			errors.rejectValue("kind", "identity.document.error.kind", String.valueOf(e.getMessage()));
		}
		form.setFile(null); // the file cannot travel through a redirect; the kind does
		redirect.addFlashAttribute(FORM, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
		return "redirect:/seller/documents#upload";
	}

	@PostMapping("/operator/sellers/{id}/documents/{document}/review")
	@PreAuthorize("hasAnyRole('HUB_OPERATOR','ADMIN')")
	String review(CurrentUser operator, @PathVariable OrganisationId id, @PathVariable String document,
			@RequestParam(required = false) @Nullable DocumentReview decision,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		var documentId = DocumentFiles.documentId(document);
		String page = "redirect:/operator/sellers/" + id + "#document-" + documentId;
		try {
			documents.review(operator, id, documentId, decision == null ? DocumentReview.PENDING : decision, reason);
			redirect.addFlashAttribute("reviewed", decision);
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("reviewDocument", documentId);
			redirect.addFlashAttribute("reviewReason", reason);
			redirect.addFlashAttribute("reviewError",
					reason != null && reason.strip().length() > SellerDocuments.MAX_REASON
							? "identity.document.review.reasonTooLong" : "identity.document.review.reasonNeeded");
		}
		return page;
	}

	private static @Nullable String originalName(DocumentForm form) {
		return form.getFile() == null ? null : form.getFile().getOriginalFilename();
	}

	private static byte[] bytes(DocumentForm form) {
		try {
			return form.getFile() == null ? new byte[0] : form.getFile().getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
