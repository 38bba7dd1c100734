package org.isoko.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.trade.tariff.CbecRule;
import org.isoko.trade.tariff.FreightRate;
import org.isoko.trade.tariff.Validity;
import org.junit.jupiter.api.Test;

/**
 * The operators' input checks without Spring: each refusal names its field; overlaps name
 * both periods.
 */
class TradeRuleDetailsUnitTests {

	static final LocalDate FROM = LocalDate.of(2031, 1, 1);

	static CbecRuleDetails cbec(String perOrder, String annual, String factor) {
		return new CbecRuleDetails("CN", null, new BigDecimal(perOrder), new BigDecimal(annual), new BigDecimal(factor),
				BigDecimal.ZERO, FROM, null, "Basis", "Source", null);
	}

	static CbecRule rule(CbecRuleDetails details) {
		return details.toRule(UUID.randomUUID(), null, country -> CurrencyCode.of("CNY"));
	}

	@Test
	void aRetailRuleTakesTheImportersCurrencyAndKeepsItsFigures() {
		CbecRule rule = rule(cbec("5000", "26000", "0.70"));
		assertThat(rule.perOrderLimit().minorUnits()).isEqualTo(500_000);
		assertThat(rule.annualLimit().currency()).isEqualTo(CurrencyCode.of("CNY"));
		assertThat(rule.taxFactor()).isEqualByComparingTo("0.7");
		assertThat(rule.ref()).startsWith("OP-");
		assertThat(CbecRuleDetails.of(rule).perOrderLimit()).isEqualByComparingTo("5000");
	}

	@Test
	void refusesRetailRulesOutsideTheirBoundsNamingTheField() {
		assertRefused(() -> rule(cbec("5000", "26000", "1.01")), "taxFactor");
		assertRefused(() -> rule(cbec("5000", "26000", "-0.01")), "taxFactor");
		assertRefused(() -> rule(cbec("0", "26000", "0.7")), "perOrderLimit");
		assertRefused(() -> rule(cbec("5000", "-1", "0.7")), "annualLimit");
		assertRefused(() -> rule(cbec("5000.005", "26000", "0.7")), "perOrderLimit");
		assertRefused(() -> rule(cbec("26001", "26000", "0.7")), "perOrderLimit");
		assertRefused(
				() -> new CbecRuleDetails("CN", "USD", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO,
						FROM, null, "b", "s", null)
					.toRule(UUID.randomUUID(), null, c -> CurrencyCode.of("CNY")),
				"currency");
		assertRefused(() -> new CbecRuleDetails("CN", null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE,
				new BigDecimal("100.5"), FROM, null, "b", "s", null)
			.toRule(UUID.randomUUID(), null, c -> CurrencyCode.of("CNY")), "tariffWithinLimits");
		assertRefused(
				() -> new CbecRuleDetails("CN", null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO,
						FROM, FROM, "b", "s", null)
					.toRule(UUID.randomUUID(), null, c -> CurrencyCode.of("CNY")),
				"validTo");
		assertRefused(
				() -> new CbecRuleDetails("CN", null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO,
						FROM, null, "b", null, null)
					.toRule(UUID.randomUUID(), null, c -> CurrencyCode.of("CNY")),
				"source");
	}

	static FreightRateDetails freight(String perKg, String minimum, String insurance) {
		return new FreightRateDetails("KGL", "HGH", "air", "USD", new BigDecimal(perKg), new BigDecimal(minimum),
				new BigDecimal(insurance), FROM, null, "Carrier quote", null);
	}

	@Test
	void refusesFreightRatesOutsideTheirBoundsNamingTheField() {
		FreightRate rate = freight("4.5", "50", "0.5").toRate(UUID.randomUUID(), null);
		assertThat(rate.minimum().minorUnits()).isEqualTo(5000);
		assertRefused(() -> freight("-0.01", "50", "0.5").toRate(UUID.randomUUID(), null), "perKg");
		assertRefused(() -> freight("0.00001", "50", "0.5").toRate(UUID.randomUUID(), null), "perKg");
		assertRefused(() -> freight("4.5", "-1", "0.5").toRate(UUID.randomUUID(), null), "minimum");
		assertRefused(() -> freight("4.5", "50", "100.01").toRate(UUID.randomUUID(), null), "insurance");
		assertRefused(() -> new FreightRateDetails("KGL", "KGL", "AIR", "USD", BigDecimal.ONE, BigDecimal.ONE,
				BigDecimal.ONE, FROM, null, "s", null)
			.toRate(UUID.randomUUID(), null), "destination");
		assertRefused(() -> new FreightRateDetails("KGL", "HGH", "AIR", "USD", BigDecimal.ONE, BigDecimal.ONE,
				BigDecimal.ONE, FROM, null, "", null)
			.toRate(UUID.randomUUID(), null), "source");
	}

	@Test
	void anOverlapNamesBothPeriodsAndAnAdjacentPeriodIsAccepted() {
		CbecRule current = rule(cbec("5000", "26000", "0.7"));
		CbecRule overlapping = rule(new CbecRuleDetails("CN", null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE,
				BigDecimal.ZERO, LocalDate.of(2030, 6, 1), LocalDate.of(2031, 6, 1), "b", "s", null));
		CbecRule before = rule(new CbecRuleDetails("CN", null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE,
				BigDecimal.ZERO, LocalDate.of(2030, 6, 1), FROM, "b", "s", null));

		assertThatThrownBy(() -> TradeAdministration.requireNoOverlap(List.of(current), overlapping, CbecRule::id,
				(a, b) -> a.importer().equals(b.importer()), r -> "rule"))
			.isInstanceOf(Conflict.class)
			.hasMessageContaining("The period " + new Validity(LocalDate.of(2030, 6, 1), LocalDate.of(2031, 6, 1)))
			.hasMessageContaining("overlaps " + current.ref() + " (" + Validity.from(FROM) + ")");
		// ends the day the current one starts (validTo is exclusive)
		TradeAdministration.requireNoOverlap(List.of(current), before, CbecRule::id,
				(a, b) -> a.importer().equals(b.importer()), r -> "rule");
		// a row never overlaps itself (an update keeps its id)
		TradeAdministration.requireNoOverlap(List.of(current), current, CbecRule::id, (a, b) -> true, r -> "rule");
		// another importer is another key
		CbecRule kenya = new CbecRule(UUID.randomUUID(), "KE", CountryCode.of("KE"), current.perOrderLimit(),
				current.annualLimit(), current.taxFactor(), current.tariffWithinLimits(), current.validity(), "b", "s",
				null);
		TradeAdministration.requireNoOverlap(List.of(current), kenya, CbecRule::id,
				(a, b) -> a.importer().equals(b.importer()), r -> "rule");
	}

	/**
	 * Messages with arguments go through MessageFormat, where a lone apostrophe swallows
	 * the rest of the text.
	 */
	@Test
	void theTradeMessagesHaveTheSameKeysInAllFourLanguages() throws IOException {
		Properties english = messages("");
		Pattern argument = Pattern.compile("\\{\\d+}");
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		for (String language : List.of("_fr", "_rw", "_zh")) {
			Properties translated = messages(language);
			assertThat(translated.stringPropertyNames()).as("keys of trade" + language)
				.isEqualTo(english.stringPropertyNames());
			for (String key : translated.stringPropertyNames()) {
				String text = translated.getProperty(key);
				if (argument.matcher(text).find()) {
					assertThat(loneApostrophe.matcher(text).find())
						.as(key + " in trade" + language + " has a lone apostrophe")
						.isFalse();
				}
			}
		}
	}

	static Properties messages(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TradeRuleDetailsUnitTests.class
			.getResourceAsStream("/i18n/trade" + language + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static void assertRefused(Runnable call, String field) {
		assertThatThrownBy(call::run).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo(field));
	}

}
