package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

class MsisdnUnitTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource({ "+250788123456,      250788123456", "250788123456,       250788123456",
			"'+250 788 123 456', 250788123456", "250-788-123-456,    250788123456", "' +8613800138000 ', 8613800138000",
			"+254712345678,      254712345678" })
	void keepsOnlyTheDigitsOfAnInternationalNumber(String input, String digits) {
		Msisdn number = Msisdn.of(input);
		assertThat(number.value()).isEqualTo(digits);
		assertThat(number.international()).isEqualTo("+" + digits);
		assertThat(number).hasToString("+" + digits);
	}

	@Test
	void acceptsEightToFifteenDigits() {
		assertThat(Msisdn.of("+12345678").value()).hasSize(8);
		assertThat(Msisdn.of("+123456789012345").value()).hasSize(15);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "+1234567", "1234567", "+1234567890123456", "0788123456", "+0788123456",
			"00250788123456", "++250788123456", "+250 78A 123 456", "+250.788.123.456" })
	void rejectsNumbersThatAreNotE164(String bad) {
		// E.164: at most 15 digits, and country codes never start with 0 (a leading 0 is
		// a national trunk prefix).
		assertThatIllegalArgumentException().isThrownBy(() -> Msisdn.of(bad))
			.withMessageStartingWith("Phone number must be in international form");
	}

	@Test
	void isJsonDigitsWithoutThePlusSign() {
		assertThat(JSON.writeValueAsString(Msisdn.of("+250 788 123 456"))).isEqualTo("\"250788123456\"");
		assertThat(JSON.readValue("\"+250788123456\"", Msisdn.class)).isEqualTo(new Msisdn("250788123456"));
	}

}
