package org.isoko.support;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import into a Spring test to replace the application's clock with a
 * {@link MutableClock} starting now.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	/**
	 * Starts 999 ns past a microsecond, the instant the databases round up: a time
	 * written without {@link org.isoko.shared.SqlTimes} would then be stored later than
	 * the clock that stands still, in every run rather than in half of them (the customs
	 * outbox once waited forever for a row "due at now" that way).
	 */
	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS).plusNanos(999));
	}

}
