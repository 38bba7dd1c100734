package org.isoko.catalog.photos;

/**
 * An upload that is not a photo Isoko keeps, with the reason (pages translate it, the API
 * names it).
 */
public final class PhotoRejected extends RuntimeException {

	/** Why an upload was refused. */
	public enum Reason {

		/** No bytes at all. */
		EMPTY,
		/** More bytes than the limit (10 MB). */
		TOO_LARGE,
		/** No decoder recognises the content, whatever the file is called. */
		NOT_AN_IMAGE,
		/** An image, but not JPEG, PNG or WebP (a GIF, a BMP, a TIFF). */
		UNSUPPORTED_FORMAT,
		/**
		 * More pixels than the limit, read from the header: a decompression bomb or a
		 * scan.
		 */
		TOO_MANY_PIXELS,
		/**
		 * The header looked right but the pixels could not be decoded (truncated,
		 * corrupt).
		 */
		UNREADABLE

	}

	private final Reason reason;

	public PhotoRejected(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
