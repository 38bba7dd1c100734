package org.isoko.customs.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Weights on the customs pages: whole grams with the reader's digit grouping. */
public final class Weights {

	public String grams(@Nullable Long grams, Locale locale) {
		return grams == null ? "—" : NumberFormat.getIntegerInstance(locale).format(grams) + " g";
	}

}
