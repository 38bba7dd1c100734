package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrderNumbersUnitTests {

	private static final Instant DAY = Instant.parse("2026-11-29T10:00:00Z");

	@Test
	void theFirstMillionsOfSequenceValuesGiveDistinctNumbersOfTheReadableShape() {
		Set<String> seen = new HashSet<>();
		for (long value = 1; value <= 1_000_000; value++) {
			String number = OrderNumbers.format(DAY, OrderNumbers.scramble(value));
			assertThat(seen.add(number)).as("number of %d (%s) already given", value, number).isTrue();
		}
		assertThat(seen).allSatisfy(n -> assertThat(n).matches("ISK-261129-[2-9A-HJ-NP-Z]{6}"));
	}

	@Test
	void scramblingIsABijectionOfThirtyBitsSoNoTwoValuesBelowTwoToTheThirtyCollide() {
		// A sample across the whole range: its images are distinct and stay within 30 bits.
		Set<Long> images = new HashSet<>();
		for (long value = 0; value < (1L << 30); value += 4_099) {
			long image = OrderNumbers.scramble(value);
			assertThat(image).isBetween(0L, (1L << 30) - 1);
			assertThat(images.add(image)).isTrue();
		}
	}

	@Test
	void neighbouringValuesDoNotLookLikeNeighbours() {
		String a = OrderNumbers.format(DAY, OrderNumbers.scramble(1_000));
		String b = OrderNumbers.format(DAY, OrderNumbers.scramble(1_001));
		int differing = 0;
		for (int i = 0; i < a.length(); i++) {
			differing += a.charAt(i) == b.charAt(i) ? 0 : 1;
		}
		assertThat(differing).isGreaterThanOrEqualTo(3);
	}
}
