package org.isoko.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.isoko.shared.CurrencyCode;
import org.junit.jupiter.api.Test;

/**
 * How long a stored FX rate is remembered: the TTL per pair and day, forgetting on a
 * change, and off with a zero TTL.
 */
class RememberedRatesUnitTests {

	static final CurrencyCode RWF = CurrencyCode.of("RWF");
	static final CurrencyCode CNY = CurrencyCode.of("CNY");
	static final LocalDate DAY = LocalDate.of(2026, 11, 29);

	/**
	 * The database, counting its reads; the rate it answers can change "on another
	 * instance".
	 */
	static final class CountingStore extends NetworkStore {

		final AtomicInteger reads = new AtomicInteger();

		volatile String rate = "0.0050";

		CountingStore() {
			super(null, null);
		}

		@Override
		Optional<FxRate> latest(CurrencyCode base, CurrencyCode quote, LocalDate on) {
			reads.incrementAndGet();
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			return Optional.of(new FxRate(UUID.randomUUID(), base, quote, new BigDecimal(rate), on, "test", null,
					new Changed("test", now, "test", now)));
		}

	}

	final CountingStore store = new CountingStore();

	@Test
	void aLookUpIsRememberedPerPairAndDayForTheTtl() throws InterruptedException {
		RememberedRates rates = new RememberedRates(store, Duration.ofMillis(200));
		assertThat(rates.latest(RWF, CNY, DAY).orElseThrow().rate()).isEqualByComparingTo("0.0050");
		store.rate = "0.0060"; // changed by another instance
		assertThat(rates.latest(RWF, CNY, DAY).orElseThrow().rate()).as("remembered").isEqualByComparingTo("0.0050");
		assertThat(store.reads).hasValue(1);
		rates.latest(CNY, RWF, DAY);
		rates.latest(RWF, CNY, DAY.minusDays(1));
		assertThat(store.reads).as("another pair, another day: read").hasValue(3);
		Thread.sleep(300);
		assertThat(rates.latest(RWF, CNY, DAY).orElseThrow().rate()).as("read again after the TTL")
			.isEqualByComparingTo("0.0060");
	}

	@Test
	void aChangeOnThisInstanceIsSeenAtOnce() {
		RememberedRates rates = new RememberedRates(store, Duration.ofMinutes(5));
		rates.latest(RWF, CNY, DAY);
		store.rate = "0.0070";
		rates.forget(); // what NetworkAdministration does when a rate is added or changed
		assertThat(rates.latest(RWF, CNY, DAY).orElseThrow().rate()).isEqualByComparingTo("0.0070");
	}

	@Test
	void aZeroTtlReadsEveryTime() {
		RememberedRates rates = new RememberedRates(store, Duration.ZERO);
		rates.latest(RWF, CNY, DAY);
		rates.latest(RWF, CNY, DAY);
		assertThat(store.reads).hasValue(2);
	}

}
