package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link HeaderCharacters} decides exactly as Spring Security's default expressions, for
 * every Unicode code point.
 */
class HeaderCharactersUnitTests {

	// Spring Security's StrictHttpFirewall defaults (7.0), copied here to compare
	// against.
	private static final Pattern SPRING_NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern SPRING_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsSpringsExpressionsJudgeIt() {
		List<String> differences = new ArrayList<>();
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			String text = "a" + new String(Character.toChars(c)) + "b";
			if (HeaderCharacters.isAllowedName(text) != SPRING_NAMES.matcher(text).matches()) {
				differences.add("name U+" + Integer.toHexString(c));
			}
			if (HeaderCharacters.isAllowedValue(text) != SPRING_VALUES.matcher(text).matches()) {
				differences.add("value U+" + Integer.toHexString(c));
			}
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void loneSurrogatesEmptyTextsAndTypicalHeadersAgreeToo() {
		List<String> texts = List.of("", "\uD83D", "x\uDE00", "\uDE00\uD83D", "Bearer isk_0123456789abcdef",
				"application/json; charset=UTF-8", "gzip,\tdeflate", "Mozilla/5.0 (X11; Linux x86_64)", "caf\u00e9",
				"\u0000", "line\r\nbreak", "\u007f", "\u0085", "\u2028", "\uFFFF", "\uD83D\uDE00");
		for (String text : texts) {
			assertThat(HeaderCharacters.isAllowedName(text)).as("name %s", text.codePoints().boxed().toList())
				.isEqualTo(SPRING_NAMES.matcher(text).matches());
			assertThat(HeaderCharacters.isAllowedValue(text)).as("value %s", text.codePoints().boxed().toList())
				.isEqualTo(SPRING_VALUES.matcher(text).matches());
		}
		assertThat(HeaderCharacters.isAllowedValue("a\tb")).isTrue();
		assertThat(HeaderCharacters.isAllowedName("a\tb")).isFalse();
		assertThat(HeaderCharacters.isAllowedValue("a\u0007b")).isFalse();
	}

}
