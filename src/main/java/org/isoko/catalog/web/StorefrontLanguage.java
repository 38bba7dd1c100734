package org.isoko.catalog.web;

import java.util.Locale;

import org.isoko.catalog.Storefront;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The language asked for with {@code lang}, else the request's locale (cookie or
 * Accept-Language).
 */
final class StorefrontLanguage {

	private StorefrontLanguage() {
	}

	static Locale of(@Nullable String lang, Locale locale) {
		if (lang == null || lang.isBlank()) {
			return locale;
		}
		String wanted = lang.trim().toLowerCase(Locale.ROOT);
		if (!Storefront.LANGUAGES.contains(wanted)) {
			throw new InvalidInput("lang", "lang must be one of en, fr, rw, zh, got '" + lang + "'");
		}
		return Locale.forLanguageTag(wanted);
	}

}
