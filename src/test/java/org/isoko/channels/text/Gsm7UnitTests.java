package org.isoko.channels.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.isoko.channels.text.Gsm7.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gsm7UnitTests {

	@ParameterizedTest
	@CsvSource({ "0, GSM_7, 1", "160, GSM_7, 1", "161, GSM_7, 2", "306, GSM_7, 2", "307, GSM_7, 3" })
	void countsGsm7Segments(int length, Encoding encoding, int segments) {
		Gsm7.Measure measure = Gsm7.measure("a".repeat(length));
		assertThat(measure.encoding()).isEqualTo(encoding);
		assertThat(measure.units()).isEqualTo(length);
		assertThat(measure.segments()).isEqualTo(segments);
	}

	@Test
	void oneCharacterOutsideGsm7SwitchesTheWholeTextToUcs2() {
		assertThat(Gsm7.measure("Réessayez").encoding()).isEqualTo(Encoding.GSM_7); // é
																					// is
																					// GSM-7
		Gsm7.Measure french = Gsm7.measure("Français"); // ç is not (only Ç is)
		assertThat(french.encoding()).isEqualTo(Encoding.UCS_2);
		assertThat(french.units()).isEqualTo(8);
		assertThat(Gsm7.measure("a".repeat(69) + "ê").segments()).isEqualTo(1);
		assertThat(Gsm7.measure("a".repeat(70) + "ê").segments()).isEqualTo(2);
		assertThat(Gsm7.measure("a".repeat(133) + "ê").segments()).isEqualTo(2);
		assertThat(Gsm7.measure("a".repeat(134) + "ê").segments()).isEqualTo(3);
		assertThat(Gsm7.measure("卢旺达").units()).isEqualTo(3);
		assertThat(Gsm7.measure("😀").units()).isEqualTo(2); // a surrogate pair
	}

	@Test
	void extensionCharactersTakeTwoSeptetsOnlyInGsm7() {
		assertThat(Gsm7.measure("[€]").units()).isEqualTo(6);
		assertThat(Gsm7.measure("€ê").units()).isEqualTo(2); // UCS-2: one unit each
		assertThat(Gsm7.measure("]".repeat(80)).segments()).isEqualTo(1); // 160 septets
		assertThat(Gsm7.measure("]".repeat(81)).segments()).isEqualTo(2);
		// 306 septets would fill two parts of 153, but a part holds 76 brackets (152
		// septets): a character's two septets are never split, so a third part is needed.
		assertThat(Gsm7.measure("]".repeat(153)).segments()).isEqualTo(3);
		assertThat(Gsm7.measure("a".repeat(306)).segments()).isEqualTo(2);
	}

	@Test
	void aScreenFits160SeptetsOr70Ucs2Units() {
		assertThat(Gsm7.fitsOneScreen("a".repeat(160))).isTrue();
		assertThat(Gsm7.fitsOneScreen("a".repeat(161))).isFalse();
		assertThat(Gsm7.fitsOneScreen("ç".repeat(70))).isTrue();
		assertThat(Gsm7.fitsOneScreen("ç".repeat(71))).isFalse();
	}

}
