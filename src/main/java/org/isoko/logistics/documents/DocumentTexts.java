package org.isoko.logistics.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The documents' words in one language, from the logistics message bundle
 * (i18n/logistics*.properties, UTF-8, the same files the module's pages use). No Spring
 * here: the bundle is read with {@link ResourceBundle}, without falling back to the JVM's
 * default locale (a Chinese label must not pick up French because the server runs in
 * France); a language we have no file for gets English.
 */
final class DocumentTexts {

	private static final String BUNDLE = "i18n/logistics";

	private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final ResourceBundle bundle;

	private final Locale locale;

	private DocumentTexts(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
	}

	static DocumentTexts of(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()),
				NO_DEFAULT_LOCALE);
		return new DocumentTexts(bundle, bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : locale);
	}

	Locale locale() {
		return locale;
	}

	String get(String key, Object... arguments) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("Message " + key + " is missing from " + BUNDLE + " for " + locale, ex);
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

}
