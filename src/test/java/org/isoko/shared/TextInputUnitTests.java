package org.isoko.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextInputUnitTests {

	final TextInput rule = new TextInput(10, List.of("description", "reason"));

	@Test
	void acceptsAnyLanguageAndEmoji() {
		assertThat(rule.check("name", "Café 咖啡 ☕😀")).isNull();
		assertThat(rule.check("name", "")).isNull();
	}

	@Test
	void refusesNulAndOtherControlCharacters() {
		assertThat(rule.check("name", "a\u0000b")).isEqualTo(TextInput.Problem.CONTROL_CHARACTER);
		assertThat(rule.check("name", "a\u001bb")).isEqualTo(TextInput.Problem.CONTROL_CHARACTER);
		assertThat(rule.check("name", "a\u007fb")).isEqualTo(TextInput.Problem.CONTROL_CHARACTER);
		assertThat(rule.check("name", "a\u0085b")).isEqualTo(TextInput.Problem.CONTROL_CHARACTER);
		assertThat(rule.check("description", "a\u0000b")).isEqualTo(TextInput.Problem.CONTROL_CHARACTER);
	}

	@Test
	void lineBreaksAndTabsOnlyInMultiLineFields() {
		assertThat(rule.check("name", "a\nb")).isEqualTo(TextInput.Problem.CONTROL_CHARACTER);
		assertThat(rule.check("name", "a\tb")).isEqualTo(TextInput.Problem.CONTROL_CHARACTER);
		assertThat(rule.check("description", "a\r\n\tb")).isNull();
		assertThat(rule.check("descriptionFr", "a\nb")).isNull();
		assertThat(rule.check("texts.[0].description", "a\nb")).isNull();
		assertThat(rule.check(null, "a\nb")).isEqualTo(TextInput.Problem.CONTROL_CHARACTER);
	}

	@Test
	void refusesUnpairedSurrogates() {
		assertThat(rule.check("name", "a\ud83d")).isEqualTo(TextInput.Problem.UNPAIRED_SURROGATE);
		assertThat(rule.check("name", "\ude00a")).isEqualTo(TextInput.Problem.UNPAIRED_SURROGATE);
		assertThat(rule.check("name", "\ud83d\ude00")).isNull();
	}

	@Test
	void countsCharactersNotUtf16Units() {
		assertThat(rule.check("name", "x".repeat(10))).isNull();
		assertThat(rule.check("name", "x".repeat(11))).isEqualTo(TextInput.Problem.TOO_LONG);
		assertThat(rule.check("name", "😀".repeat(10))).isNull();
	}

}
