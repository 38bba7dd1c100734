package org.isoko.identity.web;

import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.SellerDocuments;
import org.isoko.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Opens a seller document in the browser for whoever may read it (the seller's own
 * organisation, its hub's operators, admins); anyone else gets 404. The extension in the
 * address is the type the content was found to be, so links read as files.
 */
@Controller
class DocumentFiles {

	private final SellerDocuments documents;

	DocumentFiles(SellerDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/documents/{id}.{extension}")
	ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String extension, CurrentUser user) {
		return DocumentResponses.inline(documents.file(user, documentId(id)));
	}

	static UUID documentId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFound.of("Document", id);
		}
	}

}
