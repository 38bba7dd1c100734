package org.isoko.customs.ceb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * CEB times (yyyyMMddHHmmss in China's time): the fixed UTC+8 the messages are written
 * and read with gives what the zone's rules give, over the years a message can carry;
 * what is not a time is refused.
 */
class CebTimeTests {

	private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Test
	void writtenAndReadAsTheZoneRulesWouldFrom1992On() {
		long seed = System.nanoTime();
		System.out.println("seed " + seed);
		Random random = new Random(seed);
		long from = Instant.parse("1992-01-01T00:00:00Z").getEpochSecond();
		long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
		for (int i = 0; i < 10_000; i++) {
			Instant at = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
			String expected = PATTERN.format(at.atZone(CHINA));
			assertThat(Ceb.time(at)).isEqualTo(expected);
			assertThat(Ceb.time(expected)).isEqualTo(LocalDateTime.parse(expected, PATTERN).atZone(CHINA).toInstant());
		}
		assertThat(Ceb.time(Instant.parse("2026-12-31T16:00:00Z"))).isEqualTo("20270101000000");
		assertThat(Ceb.time("20261206181530")).isEqualTo(Instant.parse("2026-12-06T10:15:30Z"));
		// Before 1992 (China kept summer time 1986-1991) the zone's rules decide.
		Instant summer1990 = Instant.parse("1990-07-01T00:00:00Z");
		assertThat(Ceb.time(summer1990)).isEqualTo(PATTERN.format(summer1990.atZone(CHINA)));
	}

	@Test
	void whatIsNotATimeIsRefused() {
		for (String text : new String[] { "20261306181530", "20261232000000", "2026120618153", "2026-12-06T10:15",
				"2026120618153x", "" }) {
			assertThatThrownBy(() -> Ceb.time(text)).as(text).isInstanceOf(CebFormatException.class);
		}
	}

}
