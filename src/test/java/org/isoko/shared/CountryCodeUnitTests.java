package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class CountryCodeUnitTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "RW", "CN", "KE", "UG", "TZ", "ET", "GB", "US" })
	void acceptsAssignedCodes(String code) {
		assertThat(CountryCode.of(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource({ "rw, RW", "' cn ', CN", "Ke, KE" })
	void ofNormalisesCaseAndSpaces(String input, String expected) {
		assertThat(CountryCode.of(input)).isEqualTo(new CountryCode(expected));
	}

	@Test
	void theConstructorItselfTakesOnlyTheCanonicalForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CountryCode("rw")).withMessageContaining("'rw'");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "R", "RWA", "R1", "ZZ", "XX", "RX", "UK", "EU" })
	void rejectsUnassignedOrMalformedCodes(String bad) {
		// UK and EU are reserved, not assigned: the United Kingdom is GB.
		assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of(bad))
			.withMessageStartingWith("Unknown ISO 3166-1 alpha-2 country code");
	}

	@Test
	void namesTheCountryInALanguage() {
		assertThat(CountryCode.of("RW").displayName(Locale.ENGLISH)).isEqualTo("Rwanda");
		assertThat(CountryCode.of("CN").displayName(Locale.FRENCH)).isEqualTo("Chine");
	}

	@Test
	void isAJsonString() {
		assertThat(JSON.writeValueAsString(CountryCode.of("RW"))).isEqualTo("\"RW\"");
		assertThat(JSON.readValue("\"ke\"", CountryCode.class)).isEqualTo(CountryCode.of("KE"));
		assertThat(CountryCode.of("KE")).hasToString("KE");
	}

	@Test
	void refusesAnUnknownCodeInJson() {
		assertThatThrownBy(() -> JSON.readValue("\"ZZ\"", CountryCode.class)).isInstanceOf(DatabindException.class)
			.rootCause()
			.hasMessageContaining("'ZZ'");
	}

}
