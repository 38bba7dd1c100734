package org.isoko.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The seller's upload form: which document and the file. */
public class DocumentForm {

	private @Nullable String kind;

	private @Nullable MultipartFile file;

	public @Nullable String getKind() {
		return kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

}
