package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A failed message waits first-retry, then twice as long each time, at most max-retry.
 */
class CustomsOutboxBackoffTests {

	@Test
	void theWaitDoublesUpToTheMaximum() {
		CustomsSettings settings = new CustomsSettings(
				new CustomsSettings.China(true, "", "", "", "", "E", "E", "C", "C", "L", "L", "D"),
				new CustomsSettings.Outbox(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMinutes(1), 20),
				new CustomsSettings.Simulator("", Duration.ZERO, null, null, null, null,
						ChinaCustomsSimulator.Outage.NONE, Duration.ZERO),
				CustomsSettings.Eac.defaults());
		CustomsOutbox outbox = new CustomsOutbox(null, null, settings, null);
		assertThat(outbox.backoff(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(outbox.backoff(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(outbox.backoff(4)).isEqualTo(Duration.ofSeconds(40));
		assertThat(outbox.backoff(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(outbox.backoff(500)).isEqualTo(Duration.ofMinutes(1));
	}

}
