package org.isoko.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The always-valid details records refuse bad reference data and name the field. */
class ReferenceDataUnitTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 29);

	@Test
	void rejectsNonPositiveRates() {
		assertRateRejected("0");
		assertRateRejected("-1.5");
	}

	@Test
	void rejectsAbsurdRates() {
		assertRateRejected("1000000000.1");
		assertRateRejected("0.0000000000001"); // 13 decimals
	}

	@Test
	void acceptsRatesAtTheLimits() {
		assertThat(rate("1000000000").rate()).isEqualByComparingTo("1e9");
		assertThat(rate("0.000000000001").rate()).isEqualByComparingTo("1e-12");
		assertThat(rate("208.930000000000000").rate()).isEqualByComparingTo("208.93"); // trailing
																						// zeros
																						// are
																						// not
																						// decimals
	}

	@Test
	void rejectsARateOfACurrencyAgainstItself() {
		assertThatThrownBy(
				() -> new FxRateDetails(CurrencyCode.of("RWF"), CurrencyCode.of("RWF"), BigDecimal.ONE, DAY, "s", null))
			.isInstanceOf(InvalidInput.class)
			.extracting("field")
			.isEqualTo("quote");
	}

	@Test
	void rejectsACorridorFromAHubToItself() {
		assertThatThrownBy(() -> corridor("KGL", "KGL", 5)).isInstanceOf(InvalidInput.class)
			.extracting("field")
			.isEqualTo("destination");
	}

	@Test
	void rejectsTransitDaysOutOfRange() {
		assertThatThrownBy(() -> corridor("KGL", "HGH", 0)).isInstanceOf(InvalidInput.class)
			.extracting("field")
			.isEqualTo("typicalTransitDays");
		assertThatThrownBy(() -> corridor("KGL", "HGH", 121)).isInstanceOf(InvalidInput.class);
		assertThat(corridor("KGL", "HGH", 120).typicalTransitDays()).isEqualTo(120);
	}

	@Test
	void rejectsAnEndBeforeTheStart() {
		assertThatThrownBy(() -> new HubDetails("Accra hub", Map.of(), "Accra", CountryCode.of("GH"), DAY,
				DAY.minusDays(1), "s", null))
			.isInstanceOf(InvalidInput.class)
			.extracting("field")
			.isEqualTo("validTo");
	}

	@Test
	void rejectsASourceUrlThatIsNotAnHttpAddress() {
		assertThatThrownBy(() -> new HubDetails("Accra hub", Map.of(), "Accra", CountryCode.of("GH"), DAY, null, "s",
				"javascript:alert(1)"))
			.isInstanceOf(InvalidInput.class)
			.extracting("field")
			.isEqualTo("sourceUrl");
	}

	@Test
	void showsTheStoredNameInTheVisitorsLanguageAndFallsBackToTheJdkName() {
		CountryDetails details = new CountryDetails("Ghana", Map.of("fr", "Ghana (fr)"), CurrencyCode.of("GHS"), false,
				Set.of(), DAY, null, "s", null);
		Country ghana = new Country(CountryCode.of("GH"), details.name(), details.names(), details.currency(), false,
				Set.of(), DAY, null, "s", null, null);

		assertThat(ghana.name(java.util.Locale.FRENCH)).isEqualTo("Ghana (fr)");
		assertThat(ghana.name(java.util.Locale.ENGLISH)).isEqualTo("Ghana");
		assertThat(ghana.name(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("加纳");
	}

	static void assertRateRejected(String rate) {
		assertThatThrownBy(() -> rate(rate)).isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("rate");
	}

	static FxRateDetails rate(String rate) {
		return new FxRateDetails(CurrencyCode.of("CNY"), CurrencyCode.of("RWF"), new BigDecimal(rate), DAY, "test",
				null);
	}

	static CorridorDetails corridor(String origin, String destination, int days) {
		return new CorridorDetails(HubCode.of(origin), HubCode.of(destination), Set.of(TransportMode.AIR),
				Set.of(CustomsRegime.GENERAL_TRADE), days, DAY, null, "s", null);
	}

}
