package org.isoko.customs.ceb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** GB 11643: 18 characters, a real birth date and the MOD 11-2 check character. */
class ResidentIdTests {

	@Test
	void knownNumbersAndTheirCheckCharacters() {
		// The standard's worked example: 11010519491231002X.
		assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(ResidentId.isValid("11010519491231002X")).isTrue();
		assertThat(ResidentId.isValid("11010519491231002x")).isTrue();
		assertThat(ResidentId.isValid("110105194912310021")).isFalse();
		assertThat(ResidentId.isValid("11010519491331002X")).as("month 13").isFalse();
		assertThat(ResidentId.isValid("1101051949123100X")).as("17 characters").isFalse();
		assertThat(ResidentId.isValid("A1010519491231002X")).isFalse();
	}

	@Test
	void everyChangedDigitBreaksTheCheck() {
		long seed = System.nanoTime();
		System.out.println("seed " + seed);
		Random random = new Random(seed);
		for (int n = 0; n < 200; n++) {
			String id = CebSamples.residentId(random);
			assertThat(ResidentId.isValid(id)).as(id).isTrue();
			int position = random.nextInt(17);
			char digit = id.charAt(position);
			char other = (char) ('0' + (digit - '0' + 1 + random.nextInt(9)) % 10);
			String changed = id.substring(0, position) + other + id.substring(position + 1);
			assertThat(ResidentId.isValid(changed)).as(changed + " (seed " + seed + ")").isFalse();
		}
	}

	@Test
	void maskedShowsTheFirstAndLastFour() {
		assertThat(ResidentId.masked("33010619900101123X")).isEqualTo("3301**********123X");
	}

}
