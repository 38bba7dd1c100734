package org.isoko.shared.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What users wrote (a seller's unit of sale or story), as HTML for a page in
 * {@code locale}: escaped, and, when it is in another language than the page's, in an
 * element with its {@code lang} and followed by a marker naming that language in the
 * page's ({@code 60 kg bag (English)} on a French page). Templates call it where the text
 * sits inside a message: {@code th:utext="#{storefront.perUnit(${@written.html(unit,
 * language, #locale)})}"}; elsewhere the {@code written} fragment of
 * {@code fragments.html} does the same.
 */
@Component("written")
public class WrittenTexts {

	private final MessageSource messages;

	WrittenTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String html(@Nullable String text, @Nullable String language, Locale locale) {
		String escaped = HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
		if (language == null || language.equals(locale.getLanguage())) {
			return escaped;
		}
		String lang = HtmlUtils.htmlEscape(language, "UTF-8");
		return "<span lang=\"" + lang + "\">" + escaped + "</span> <small class=\"written-in\">"
				+ HtmlUtils.htmlEscape(marker(language, locale), "UTF-8") + "</small>";
	}

	/** "(English)" in the page's language. */
	public String marker(String language, Locale locale) {
		return messages.getMessage("writtenIn." + language, null, "(" + language + ")", locale);
	}

}
