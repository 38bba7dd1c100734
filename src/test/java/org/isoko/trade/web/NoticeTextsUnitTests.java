package org.isoko.trade.web;

import java.util.List;
import java.util.Locale;

import org.isoko.trade.Notice;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeTextsUnitTests {

	private final NoticeTexts texts = new NoticeTexts(messages());

	@Test
	void namesTheSchemeOfACertificateInThePagesLanguage() {
		Notice notice = new Notice("CERTIFICATE_NOT_VALID", List.of("CO-1", "CHINA_LDC", "2026-12-07"), "English");

		assertThat(texts.text(notice, Locale.ENGLISH)).contains("China LDC zero tariff").doesNotContain("CHINA_LDC");
		assertThat(texts.text(notice, Locale.CHINESE)).doesNotContain("CHINA_LDC").contains("CO-1");
	}

	@Test
	void writesTheRetailTaxFactorAsAPercentageAndTheLimitAsMoney() {
		Notice notice = new Notice("CBEC_WITHIN_LIMITS", List.of("CNY 5000.00", "0.7000"), "English");

		String english = texts.text(notice, Locale.ENGLISH);
		assertThat(english).contains("70%").doesNotContain("0.7000").doesNotContain("CNY 5000.00");
		assertThat(texts.text(notice, Locale.FRENCH)).contains("70\u00a0%");
	}

	@Test
	void keepsAnArgumentThatIsNoCode() {
		assertThat(texts.argument("KH-2026-TEA-01", Locale.ENGLISH)).isEqualTo("KH-2026-TEA-01");
		assertThat(texts.argument("GENERAL_TRADE", Locale.ENGLISH)).isEqualTo("General trade");
	}

	@Test
	void fallsBackToTheNoticesOwnMessageForAnUnknownCode() {
		assertThat(texts.text(new Notice("SOMETHING_NEW", List.of(), "As written"), Locale.FRENCH))
			.isEqualTo("As written");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/trade");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
