package org.isoko.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A photo of a product ({@code lot} absent) or of one of its lots, as served: two
 * re-encoded JPEGs and the alt text in the languages the seller wrote it in.
 */
public record Photo(UUID id, ProductId product, @Nullable LotId lot, int position, Image card, Image detail,
		Map<String, String> alt) {

	public Photo {
		alt = Map.copyOf(alt);
	}

	/**
	 * One served image: its address never changes, because it is named by its content.
	 */
	public record Image(String hash, int width, int height) {

		public String url() {
			return "/photos/" + hash + ".jpg";
		}

	}

	/**
	 * The alt text in the viewer's language, else in the first language the seller wrote
	 * it in ({@link LotDetails#FALLBACK_LANGUAGES}), else {@code fallback} (the product's
	 * name).
	 */
	public String altFor(Locale locale, String fallback) {
		String language = altLanguage(locale);
		return language == null ? fallback : alt.get(language);
	}

	/**
	 * The language of {@link #altFor}'s text, or {@code null} when it is the fallback.
	 */
	public @Nullable String altLanguage(Locale locale) {
		if (alt.containsKey(locale.getLanguage())) {
			return locale.getLanguage();
		}
		return LotDetails.FALLBACK_LANGUAGES.stream().filter(alt::containsKey).findFirst().orElse(null);
	}

	/** The languages alt text is kept in, in the order the forms show them. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "rw", "zh");

}
