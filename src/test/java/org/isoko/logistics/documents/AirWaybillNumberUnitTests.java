package org.isoko.logistics.documents;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AirWaybillNumberUnitTests {

	@Test
	void readsTheIataFormWithAndWithoutTheDash() {
		AirWaybillNumber dashed = AirWaybillNumber.parse("176-12345675");
		assertThat(dashed.airlinePrefix()).isEqualTo("176");
		assertThat(dashed.serial()).isEqualTo("1234567");
		assertThat(dashed.checkDigit()).isEqualTo(5);
		assertThat(dashed.formatted()).isEqualTo("176-12345675");
		assertThat(dashed.digits()).isEqualTo("17612345675");
		assertThat(AirWaybillNumber.parse(" 17612345675 ")).isEqualTo(dashed);
		assertThat(AirWaybillNumber.parse("176 12345675")).isEqualTo(dashed);
	}

	@Test
	void computesTheCheckDigitAsTheSerialModuloSeven() {
		assertThat(AirWaybillNumber.of("157", 1234567).formatted()).isEqualTo("157-12345675");
		assertThat(AirWaybillNumber.of("086", 0).formatted()).isEqualTo("086-00000000");
		assertThat(AirWaybillNumber.of("235", 6).formatted()).isEqualTo("235-00000066");
		assertThat(AirWaybillNumber.of("235", 7).formatted()).isEqualTo("235-00000070");
		assertThat(AirWaybillNumber.of("020", 9_999_999).formatted()).isEqualTo("020-99999992");
	}

	@Test
	void refusesAWrongCheckDigitNamingTheExpectedOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> AirWaybillNumber.parse("176-12345674"))
			.withMessageContaining("check digit 4")
			.withMessageContaining("needs 5");
	}

	@Test
	void refusesMalformedNumbersWithAnExample() {
		for (String bad : new String[] { "", "  ", "176-1234567", "17-123456755", "176-123456755", "ABC-12345675",
				"176_12345675", "176--12345675" }) {
			assertThatIllegalArgumentException().as(bad)
				.isThrownBy(() -> AirWaybillNumber.parse(bad))
				.withMessageContaining("176-12345675");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> AirWaybillNumber.of("1760", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> AirWaybillNumber.of("176", 10_000_000));
		assertThatIllegalArgumentException().isThrownBy(() -> AirWaybillNumber.of("176", -1));
	}

	@Test
	void roundTripsRandomNumbersAndCatchesRandomSingleDigitErrorsModSevenCanSee() {
		Random random = new Random(20261206);
		for (int i = 0; i < 10_000; i++) {
			String prefix = String.format("%03d", random.nextInt(1000));
			long serial = random.nextInt(10_000_000);
			AirWaybillNumber number = AirWaybillNumber.of(prefix, serial);
			assertThat(number.checkDigit()).isEqualTo((int) (serial % 7));
			assertThat(AirWaybillNumber.parse(number.formatted())).isEqualTo(number);
			assertThat(AirWaybillNumber.parse(number.digits())).isEqualTo(number);

			// Change one digit of the serial: caught unless the change is a multiple of
			// 7.
			char[] digits = number.digits().toCharArray();
			int position = 3 + random.nextInt(7);
			int old = digits[position] - '0';
			int replacement = (old + 1 + random.nextInt(9)) % 10;
			digits[position] = (char) ('0' + replacement);
			String mistyped = new String(digits);
			boolean invisible = Math.abs(replacement - old) == 7;
			if (invisible) {
				assertThat(AirWaybillNumber.parse(mistyped).serial()).isNotEqualTo(number.serial());
			}
			else {
				assertThatIllegalArgumentException().as(mistyped).isThrownBy(() -> AirWaybillNumber.parse(mistyped));
			}
		}
	}

}
