package org.isoko.identity.web;

import java.nio.charset.StandardCharsets;

import org.isoko.identity.SellerDocuments.DocumentFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A seller document as the browser gets it: opened in place ({@code inline}) with the
 * type its content was found to be, never sniffed into another ({@code nosniff}), never
 * kept by a shared cache ({@code private, no-store}: it is a company's papers).
 */
final class DocumentResponses {

	private DocumentResponses() {
	}

	static ResponseEntity<byte[]> inline(DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.eTag(file.sha256())
			.body(file.bytes());
	}

}
