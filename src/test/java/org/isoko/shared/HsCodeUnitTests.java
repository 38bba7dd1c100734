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

class HsCodeUnitTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource({ "0901.11,        090111,     0901.11", "090111,         090111,     0901.11",
			"0901 11 00,     09011100,   0901.11.00", "0901.11.0010,   0901110010, 0901.11.0010",
			"' 0901.21 ',    090121,     0901.21", "010121,         010121,     0101.21",
			"970110,         970110,     9701.10" })
	void acceptsSixEightOrTenDigitsWithUsualSeparators(String input, String digits, String formatted) {
		HsCode code = HsCode.of(input);
		assertThat(code.value()).isEqualTo(digits);
		assertThat(code.formatted()).isEqualTo(formatted);
		assertThat(code).hasToString(formatted);
	}

	@Test
	void splitsIntoChapterHeadingAndSubheading() {
		HsCode code = HsCode.of("0901.11.00");
		assertThat(code.chapter()).isEqualTo("09");
		assertThat(code.heading()).isEqualTo("0901");
		assertThat(code.subheading()).isEqualTo("090111");
	}

	@Test
	void aNationalLineIsWithinItsSubheadingButNotTheOtherWayRound() {
		HsCode national = HsCode.of("0901.11.00");
		HsCode subheading = HsCode.of("0901.11");
		assertThat(national.isWithin(subheading)).isTrue();
		assertThat(subheading.isWithin(subheading)).isTrue();
		assertThat(subheading.isWithin(national)).isFalse();
		assertThat(HsCode.of("0901.21").isWithin(subheading)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "0901", "09011", "0901.1", "0901111", "090111001", "09011100101", "09O111",
			"0901-11", "+90111" })
	void rejectsWrongLengthsAndNonDigits(String bad) {
		assertThatIllegalArgumentException().isThrownBy(() -> HsCode.of(bad))
			.withMessageStartingWith("HS code must have 6, 8 or 10 digits");
	}

	@ParameterizedTest
	@CsvSource({ "000111, 0", "770110, 77", "980100, 98", "990100, 99" })
	void rejectsChaptersThatDoNotExist(String bad, int chapter) {
		// 00 does not exist, 77 is reserved for future use, 98 and 99 are left to
		// national use.
		assertThatIllegalArgumentException().isThrownBy(() -> HsCode.of(bad))
			.withMessage("HS code '" + bad + "' names chapter " + chapter + ", which does not exist");
	}

	@Test
	void isJsonDigitsAndAcceptsTheDottedForm() {
		assertThat(JSON.writeValueAsString(HsCode.of("0901.11"))).isEqualTo("\"090111\"");
		assertThat(JSON.readValue("\"0901.11\"", HsCode.class)).isEqualTo(HsCode.of("090111"));
		assertThatThrownBy(() -> JSON.readValue("\"7701.10\"", HsCode.class)).isInstanceOf(DatabindException.class);
	}

}
