package org.isoko.channels.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.isoko.channels.text.Gsm7;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SMS templates and amounts: every template in the four languages, filled without a
 * leftover placeholder or doubled apostrophe, in GSM-7 wherever the language's alphabet
 * allows (Chinese cannot); amounts grouped the reader's way in GSM-7 characters.
 */
class SmsTemplatesUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "rw", "zh" })
	void everySmsTemplateIsTranslatedAndFilledCleanly(String language) throws IOException {
		Properties base = load("");
		Properties bundle = language.equals("en") ? base : load("_" + language);
		Locale locale = SmsNotifications.smsLocale(language);
		assertThat(locale.getLanguage()).isEqualTo(language);
		for (String key : base.stringPropertyNames()) {
			if (!key.startsWith("sms.")) {
				continue;
			}
			assertThat(bundle.getProperty(key)).as("%s in %s", key, language).isNotNull();
			String text = new MessageFormat(bundle.getProperty(key), locale).format(new Object[] {
					SmsMoney.format(Money.ofMinor(1_234_567, "RWF"), locale), "ISK-261207-ABCDEF", "KGL-00012345" });
			assertThat(text).as("%s in %s", key, language)
				.startsWith("Isoko")
				.doesNotContainPattern("\\{[0-9]")
				.doesNotContain("''");
			if (!language.equals("zh")) {
				assertThat(Gsm7.isGsm7(text)).as("%s in %s is GSM-7: %s", key, language, text).isTrue();
			}
		}
	}

	@Test
	void amountsAreGroupedTheReadersWayWithTheCurrencysDecimalsInGsm7() {
		Money francs = Money.ofMinor(1_234_567, "RWF");
		Money yuan = Money.ofMinor(1_234_550, "CNY");
		assertThat(SmsMoney.format(francs, Locale.ENGLISH)).isEqualTo("1,234,567 RWF");
		assertThat(SmsMoney.format(francs, Locale.FRENCH)).isEqualTo("1 234 567 RWF");
		assertThat(SmsMoney.format(francs, Locale.forLanguageTag("rw"))).isEqualTo("1.234.567 RWF");
		assertThat(SmsMoney.format(francs, Locale.CHINESE)).isEqualTo("1,234,567 RWF");
		assertThat(SmsMoney.format(yuan, Locale.ENGLISH)).isEqualTo("12,345.50 CNY");
		assertThat(SmsMoney.format(yuan, Locale.FRENCH)).isEqualTo("12 345,50 CNY");
		assertThat(SmsMoney.format(yuan, Locale.forLanguageTag("rw"))).isEqualTo("12.345,50 CNY");
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (var in = SmsTemplatesUnitTests.class.getResourceAsStream("/i18n/channels" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
