package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

class HubCodeUnitTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@CsvSource({ "KGL, KGL", "kgl, KGL", "' hgh ', HGH", "Nbo, NBO", "KGL2, KGL2", "ABCDEFGH, ABCDEFGH" })
	void acceptsThreeToEightLettersOrDigitsStartingWithALetter(String input, String expected) {
		assertThat(HubCode.of(input).value()).isEqualTo(expected);
		assertThat(HubCode.of(input)).hasToString(expected);
	}

	@Test
	void theConstructorItselfTakesOnlyTheCanonicalForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HubCode("kgl")).withMessageContaining("'kgl'");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "K", "KG", "ABCDEFGHI", "1KG", "KG-L", "K L", "KGL!" })
	void rejectsMalformedCodes(String bad) {
		assertThatIllegalArgumentException().isThrownBy(() -> HubCode.of(bad))
			.withMessageStartingWith("Hub code must be 3 to 8 upper-case letters or digits starting with a letter");
	}

	@Test
	void isAJsonString() {
		assertThat(JSON.writeValueAsString(HubCode.of("KGL"))).isEqualTo("\"KGL\"");
		assertThat(JSON.readValue("\"hgh\"", HubCode.class)).isEqualTo(HubCode.of("HGH"));
	}

}
