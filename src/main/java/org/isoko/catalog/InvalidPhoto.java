package org.isoko.catalog;

import org.isoko.catalog.photos.PhotoRejected;
import org.isoko.shared.InvalidInput;

/**
 * An upload refused for its content, naming the {@code file} field; pages translate
 * {@link #reason()}.
 */
public class InvalidPhoto extends InvalidInput {

	private final PhotoRejected.Reason reason;

	InvalidPhoto(PhotoRejected rejected) {
		super("file", rejected.getMessage());
		this.reason = rejected.reason();
	}

	public PhotoRejected.Reason reason() {
		return reason;
	}

}
