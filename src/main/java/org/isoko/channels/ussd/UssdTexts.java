package org.isoko.channels.ussd;

import java.util.List;
import java.util.Locale;

import org.isoko.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the USSD screens, from the channels message bundles, in the three
 * languages menus are offered in. Amounts are written as digits and a currency code
 * ("12000 RWF"): locale formats use characters outside GSM-7 (French uses a narrow
 * no-break space).
 */
@Component
public class UssdTexts {

	/** The menu languages, in the order of the language menu. */
	public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("rw"), Locale.ENGLISH, Locale.FRENCH);

	private final MessageSource messages;

	UssdTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Arguments are passed as text: MessageFormat would group numbers the locale's way,
	 * and French groups with a narrow no-break space, outside GSM-7.
	 */
	public String get(Locale locale, String key, Object... args) {
		Object[] texts = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, texts, locale);
	}

	public static String money(Money money) {
		return money.amount() + " " + money.currency().value();
	}

	/** A name cut to fit a screen line. */
	public static String shortName(String name, int max) {
		String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^\\x20-\\x7E]", "?");
		return ascii.length() <= max ? ascii : ascii.substring(0, max - 1) + ".";
	}

	public static Locale language(String tag) {
		return LANGUAGES.stream()
			.filter(l -> l.getLanguage().equals(tag))
			.findFirst()
			.orElse(Locale.forLanguageTag("rw"));
	}

}
