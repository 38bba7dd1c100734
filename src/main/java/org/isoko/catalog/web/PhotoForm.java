package org.isoko.catalog.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.isoko.catalog.Photos;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The photo upload form of a product's or a lot's page: the file and its alt texts. */
public class PhotoForm {

	private @Nullable MultipartFile file;

	private @Nullable String altEn;

	private @Nullable String altFr;

	private @Nullable String altRw;

	private @Nullable String altZh;

	Photos.Upload upload() {
		Map<String, String> alt = new HashMap<>();
		put(alt, "en", altEn);
		put(alt, "fr", altFr);
		put(alt, "rw", altRw);
		put(alt, "zh", altZh);
		try {
			return new Photos.Upload(file == null ? new byte[0] : file.getBytes(), alt);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void put(Map<String, String> alt, String language, @Nullable String text) {
		if (text != null) {
			alt.put(language, text);
		}
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

	public @Nullable String getAltEn() {
		return altEn;
	}

	public void setAltEn(@Nullable String altEn) {
		this.altEn = altEn;
	}

	public @Nullable String getAltFr() {
		return altFr;
	}

	public void setAltFr(@Nullable String altFr) {
		this.altFr = altFr;
	}

	public @Nullable String getAltRw() {
		return altRw;
	}

	public void setAltRw(@Nullable String altRw) {
		this.altRw = altRw;
	}

	public @Nullable String getAltZh() {
		return altZh;
	}

	public void setAltZh(@Nullable String altZh) {
		this.altZh = altZh;
	}

}
