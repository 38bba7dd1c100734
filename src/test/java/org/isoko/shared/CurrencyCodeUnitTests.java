package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class CurrencyCodeUnitTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource({ "RWF, 0", "CNY, 2", "KES, 2", "USD, 2", "JPY, 0", "BHD, 3", "EUR, 2", "UGX, 0" })
	void takesTheMinorUnitFromTheCurrency(String code, int digits) {
		assertThat(CurrencyCode.of(code).minorUnitDigits()).isEqualTo(digits);
	}

	@ParameterizedTest
	@CsvSource({ "rwf, RWF", "' usd ', USD", "Kes, KES", "cny, CNY" })
	void ofNormalisesCaseAndSpaces(String input, String expected) {
		assertThat(CurrencyCode.of(input).value()).isEqualTo(expected);
	}

	@Test
	void theConstructorItselfTakesOnlyTheCanonicalForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CurrencyCode("rwf"))
			.withMessageContaining("three upper-case letters")
			.withMessageContaining("'rwf'");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "US", "USDD", "U5D", "R F", "€" })
	void rejectsValuesThatAreNotThreeLetters(String bad) {
		assertThatIllegalArgumentException().isThrownBy(() -> CurrencyCode.of(bad))
			.withMessageContaining("Currency code must be three upper-case letters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ZZZ", "ABC", "QQQ" })
	void rejectsUnknownCodes(String unknown) {
		assertThatIllegalArgumentException().isThrownBy(() -> CurrencyCode.of(unknown))
			.withMessage("Unknown ISO 4217 currency code '" + unknown + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "XXX", "XAU", "XDR" })
	void rejectsCodesThatCannotCarryMoney(String code) {
		// XXX ("no currency"), gold and special drawing rights are ISO 4217 codes without
		// a minor unit.
		assertThatIllegalArgumentException().isThrownBy(() -> CurrencyCode.of(code))
			.withMessageContaining("has no minor unit");
	}

	@Test
	void isAJsonString() {
		assertThat(JSON.writeValueAsString(CurrencyCode.of("RWF"))).isEqualTo("\"RWF\"");
		assertThat(JSON.readValue("\"kes\"", CurrencyCode.class)).isEqualTo(CurrencyCode.of("KES"));
	}

	@Test
	void refusesAnUnknownCodeInJson() {
		assertThatThrownBy(() -> JSON.readValue("\"ZZZ\"", CurrencyCode.class)).isInstanceOf(DatabindException.class)
			.rootCause()
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'ZZZ'");
	}

	@Test
	void knowsItsJdkCurrency() {
		assertThat(CurrencyCode.of("CNY").toCurrency().getCurrencyCode()).isEqualTo("CNY");
		assertThat(CurrencyCode.of("CNY")).hasToString("CNY");
	}

}
