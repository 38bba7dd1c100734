package org.isoko.logistics.documents;

import java.math.BigInteger;
import java.util.Random;

import org.isoko.shared.HubCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HouseWaybillNumberUnitTests {

	private static final String DIGITS = "0123456789";

	private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	@Test
	void printsPrefixHubSerialAndCheckDigits() {
		HouseWaybillNumber number = new HouseWaybillNumber(HubCode.of("KGL"), 12345);
		assertThat(number.value()).matches("ISK-KGL-00012345-\\d\\d");
		assertThat(number.toString()).isEqualTo(number.value());
		assertThat(HouseWaybillNumber.parse(number.value())).isEqualTo(number);
	}

	@Test
	void checkDigitsFollowIso7064Mod9710LikeAnIban() {
		// Independently of the implementation: the payload, two digits per character
		// (letters 10..35), with the check digits appended, read as one integer, leaves 1
		// modulo 97.
		Random random = new Random(9710);
		for (int i = 0; i < 2_000; i++) {
			HouseWaybillNumber number = new HouseWaybillNumber(HubCode.of(randomHub(random)),
					random.nextInt(100_000_000));
			StringBuilder numeric = new StringBuilder();
			for (char c : (number.hub().value() + String.format("%08d", number.serial())).toCharArray()) {
				numeric.append(String.format("%02d", Character.digit(c, 36)));
			}
			numeric.append(number.checkDigits());
			assertThat(new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97))).as(number.value())
				.isEqualTo(BigInteger.ONE);
		}
	}

	@Test
	void readsTypedFormsInAnyCaseAndWithoutDashesForLetterHubs() {
		HouseWaybillNumber number = new HouseWaybillNumber(HubCode.of("HGH"), 7);
		String compact = number.value().replace("-", "");
		assertThat(HouseWaybillNumber.parse(compact)).isEqualTo(number);
		assertThat(HouseWaybillNumber.parse("  " + number.value().toLowerCase() + "\n")).isEqualTo(number);
		assertThat(HouseWaybillNumber.isValid(number.value())).isTrue();
	}

	@Test
	void refusesMalformedNumbersWithAnExample() {
		for (String bad : new String[] { "", "ISK-KGL-1234567-42", "ISX-KGL-00012345-42", "ISK-K-00012345-42",
				"ISK-KGL-00012345", "ISK-KGL-00012345-4", "176-12345675" }) {
			assertThatIllegalArgumentException().as(bad)
				.isThrownBy(() -> HouseWaybillNumber.parse(bad))
				.withMessageContaining("ISK-KGL-00012345-42");
			assertThat(HouseWaybillNumber.isValid(bad)).isFalse();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new HouseWaybillNumber(HubCode.of("KGL"), 100_000_000));
	}

	@Test
	void refusesAWrongCheckNamingTheExpectedDigits() {
		HouseWaybillNumber number = new HouseWaybillNumber(HubCode.of("NBO"), 42);
		String wrong = String.format("%02d", (Integer.parseInt(number.checkDigits()) + 1) % 100);
		assertThatIllegalArgumentException().isThrownBy(() -> HouseWaybillNumber.parse("ISK-NBO-00000042-" + wrong))
			.withMessageContaining("check digits " + wrong)
			.withMessageContaining(number.checkDigits() + " were expected");
	}

	@Test
	void catchesEverySingleMistypedCharacterAndEveryNeighbourSwapInRandomNumbers() {
		Random random = new Random(20261206);
		for (int i = 0; i < 20_000; i++) {
			HouseWaybillNumber number = new HouseWaybillNumber(HubCode.of(randomHub(random)),
					random.nextInt(100_000_000));
			String text = number.value();
			assertThat(HouseWaybillNumber.parse(text)).isEqualTo(number);

			// One character after "ISK-" replaced by another of its kind (digit or
			// letter).
			int position = 4 + random.nextInt(text.length() - 4);
			char old = text.charAt(position);
			if (old != '-') {
				String pool = Character.isDigit(old) ? DIGITS : LETTERS;
				char replacement;
				do {
					replacement = pool.charAt(random.nextInt(pool.length()));
				}
				while (replacement == old);
				String mistyped = text.substring(0, position) + replacement + text.substring(position + 1);
				assertThat(HouseWaybillNumber.isValid(mistyped)).as(mistyped).isFalse();
			}

			// Two different neighbouring characters of the hub code or of the serial
			// swapped.
			String[] parts = text.split("-");
			int part = 1 + random.nextInt(2);
			String chars = parts[part];
			int swap = random.nextInt(chars.length() - 1);
			if (chars.charAt(swap) != chars.charAt(swap + 1)) {
				char[] swapped = chars.toCharArray();
				swapped[swap] = chars.charAt(swap + 1);
				swapped[swap + 1] = chars.charAt(swap);
				parts[part] = new String(swapped);
				String mistyped = String.join("-", parts);
				assertThat(HouseWaybillNumber.isValid(mistyped)).as(mistyped).isFalse();
			}
		}
	}

	private static String randomHub(Random random) {
		StringBuilder hub = new StringBuilder().append(LETTERS.charAt(random.nextInt(26)));
		int length = 3 + random.nextInt(6);
		while (hub.length() < length) {
			hub.append(random.nextInt(5) == 0 ? DIGITS.charAt(random.nextInt(10)) : LETTERS.charAt(random.nextInt(26)));
		}
		return hub.toString();
	}

}
