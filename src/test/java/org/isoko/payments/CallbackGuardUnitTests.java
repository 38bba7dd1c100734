package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.isoko.identity.AuditTrail;
import org.isoko.identity.OrganisationId;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.support.MutableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The callback endpoints' rate limit per address and the aggregated audit of rejections.
 */
class CallbackGuardUnitTests {

	final List<String> audited = new ArrayList<>();

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));

	final AuditTrail audit = new AuditTrail() {

		@Override
		public void record(String action, @Nullable String target, @Nullable String details) {
			audited.add(target + " " + details);
		}

		@Override
		public void recordFor(String actor, @Nullable OrganisationId organisation, String action,
				@Nullable String target, @Nullable String details) {
			audited.add(target + " " + details);
		}

		@Override
		public PageOf<Entry> entries(@Nullable String action, PageRequest page) {
			throw new UnsupportedOperationException();
		}
	};

	final CallbackGuard guard = new CallbackGuard(3, Duration.ofHours(1), Duration.ofMinutes(1), audit, clock);

	@Test
	void anAddressOverItsBudgetIsRefusedWithRetryAfterOthersAreNot() {
		for (int i = 0; i < 3; i++) {
			guard.admit("198.51.100.7");
		}
		assertThatThrownBy(() -> guard.admit("198.51.100.7")).isInstanceOf(CallbackRateLimited.class)
			.satisfies(e -> assertThat(((CallbackRateLimited) e).retryAfterSeconds()).isPositive());
		guard.admit("198.51.100.8");
	}

	@Test
	void rejectionsFromOneAddressAreAuditedOnceThenAsOneSummaryPerWindow() {
		for (int i = 0; i < 300; i++) {
			guard.rejected("198.51.100.7", Provider.MOMO, "ref-" + i, "UNKNOWN_REFERENCE", "No payment");
		}
		guard.rejected("198.51.100.8", Provider.WALLET, "ref", "BAD_SIGNATURE", "Signature invalid");
		assertThat(audited).hasSize(2);

		guard.closeWindows(); // the window is not over yet
		assertThat(audited).hasSize(2);

		clock.advance(Duration.ofSeconds(61));
		guard.closeWindows();
		assertThat(audited).hasSize(3).last().asString().startsWith("address:198.51.100.7 299 more");

		guard.rejected("198.51.100.7", Provider.MOMO, "ref", "UNKNOWN_REFERENCE", "No payment");
		assertThat(audited).hasSize(4); // a new window starts with an audited rejection
	}

}
