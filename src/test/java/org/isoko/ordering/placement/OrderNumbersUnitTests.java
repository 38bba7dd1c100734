package org.isoko.ordering.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrderNumbersUnitTests {

	private static final Instant DAY = Instant.parse("2026-11-29T10:00:00Z");

	private static final long KEY = 0x5DEECE66DL * 7919;

	@Test
	void theFirstMillionSequenceValuesGiveDistinctNumbersOfTheReadableShape() {
		Set<String> seen = new HashSet<>();
		for (long value = 1; value <= 1_000_000; value++) {
			String number = OrderNumbers.format(DAY, OrderNumbers.permute(value, KEY));
			assertThat(seen.add(number)).as("number of %d (%s) already given", value, number).isTrue();
		}
		assertThat(seen).allSatisfy(n -> assertThat(n).matches("ISK-261129-[2-9A-HJ-NP-Z]{6}"));
	}

	@Test
	void thePermutationIsABijectionOfThirtyBitsWhateverTheKey() {
		for (long key : new long[] { 0, -1, KEY, 42 }) {
			Set<Long> images = new HashSet<>();
			for (long value = 0; value < (1L << 30); value += 4_099) {
				long image = OrderNumbers.permute(value, key);
				assertThat(image).isBetween(0L, (1L << 30) - 1);
				assertThat(images.add(image)).as("key %d, value %d", key, value).isTrue();
			}
		}
	}

	@Test
	void anotherDatabasesKeyGivesOtherNumbersAndNeighboursDoNotLookLikeNeighbours() {
		assertThat(OrderNumbers.permute(1_000, KEY)).isNotEqualTo(OrderNumbers.permute(1_000, KEY + 1));
		String a = OrderNumbers.format(DAY, OrderNumbers.permute(1_000, KEY));
		String b = OrderNumbers.format(DAY, OrderNumbers.permute(1_001, KEY));
		int differing = 0;
		for (int i = 0; i < a.length(); i++) {
			differing += a.charAt(i) == b.charAt(i) ? 0 : 1;
		}
		assertThat(differing).isGreaterThanOrEqualTo(3);
	}

}
