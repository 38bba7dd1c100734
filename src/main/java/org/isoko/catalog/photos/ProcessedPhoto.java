package org.isoko.catalog.photos;

/**
 * What is kept of an upload: its format as recognised from the content, its original
 * size, and the two re-encoded images.
 */
public record ProcessedPhoto(String format, int originalWidth, int originalHeight, EncodedImage card,
		EncodedImage detail) {

}
