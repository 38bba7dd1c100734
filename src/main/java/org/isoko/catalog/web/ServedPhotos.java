package org.isoko.catalog.web;

import java.time.Duration;

import org.isoko.catalog.Photos;
import org.isoko.shared.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves photos by the hash of their bytes. The address names the content, so a response
 * can be cached for a year and never revalidated ({@code immutable}); a browser that asks
 * again with the ETag gets 304 without the bytes being read.
 */
@Controller
class ServedPhotos {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final Photos photos;

	ServedPhotos(Photos photos) {
		this.photos = photos;
	}

	@GetMapping("/photos/{hash}.jpg")
	ResponseEntity<byte[]> photo(@PathVariable String hash, WebRequest request) {
		if (request.checkNotModified('"' + hash + '"')) {
			return ResponseEntity.status(304).cacheControl(FOREVER).build();
		}
		byte[] content = photos.file(hash).orElseThrow(() -> NotFound.of("Photo", hash));
		return ResponseEntity.ok()
			.eTag(hash)
			.cacheControl(FOREVER)
			.contentType(MediaType.IMAGE_JPEG)
			.contentLength(content.length)
			.body(content);
	}

}
