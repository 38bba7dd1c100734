package org.isoko.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Something a seller wrote (a unit of sale, a producer's story) as a page shows it: in
 * the viewer's language when the seller wrote it in that language, else in the product's
 * first language, with the language it is in so that the page can say so ({@code lang}
 * attribute and a marker).
 * <p>
 * A product's unit of sale and a lot's story are written first in the product's first
 * language ({@link #FALLBACK_LANGUAGES}: the first of en, fr, rw, zh its texts are in);
 * the seller may add them in other languages.
 */
public record Written(String text, String language) {

	/** Languages tried after the viewer's own, in order. */
	public static final List<String> FALLBACK_LANGUAGES = List.of("en", "fr", "rw", "zh");

	/** Whether the text is in another language than the page's. */
	public boolean isForeignTo(Locale locale) {
		return !language.equals(locale.getLanguage());
	}

	/**
	 * The language of a product's own (untranslated) texts: the first of en, fr, rw, zh
	 * it has a text in; en when it has none.
	 */
	public static String firstLanguage(Map<String, ?> textsByLanguage) {
		return FALLBACK_LANGUAGES.stream().filter(textsByLanguage::containsKey).findFirst().orElse("en");
	}

	/** The product's unit of sale for a viewer in {@code locale}. */
	public static Written unitOfSale(String ownUnit, Map<String, ProductText> texts, Locale locale) {
		return pick(ownUnit, texts, ProductText::unitOfSale, locale);
	}

	/**
	 * A lot's story for a viewer in {@code locale}; null when the seller wrote none.
	 */
	public static @Nullable Written story(@Nullable String ownStory, Map<String, String> translations,
			Map<String, ProductText> texts, Locale locale) {
		String viewers = translations.get(locale.getLanguage());
		if (viewers != null) {
			return new Written(viewers, locale.getLanguage());
		}
		if (ownStory != null) {
			return new Written(ownStory, firstLanguage(texts));
		}
		return FALLBACK_LANGUAGES.stream()
			.filter(translations::containsKey)
			.findFirst()
			.map(language -> new Written(translations.get(language), language))
			.orElse(null);
	}

	private static Written pick(String own, Map<String, ProductText> texts,
			Function<ProductText, @Nullable String> field, Locale locale) {
		ProductText viewers = texts.get(locale.getLanguage());
		if (viewers != null && field.apply(viewers) != null) {
			return new Written(field.apply(viewers), viewers.language());
		}
		String first = firstLanguage(texts);
		ProductText firstText = texts.get(first);
		String written = firstText == null ? null : field.apply(firstText);
		return new Written(written != null ? written : own, first);
	}

}
