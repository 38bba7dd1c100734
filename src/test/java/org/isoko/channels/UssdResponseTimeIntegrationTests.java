package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A USSD gateway waits a few seconds at most for an answer, and a caller sees each screen
 * only after it: every hop is answered well under a second. Hops of whole sessions (the
 * PIN, the orders list, the stock list, the balance) after one warm-up session; the
 * median must stay under {@value #MEDIAN_BUDGET_MS} ms and every hop under
 * {@value #HOP_BUDGET_MS} ms (generous: the test machine is shared). The figures are
 * printed for docs/benchmarks.md.
 */
class UssdResponseTimeIntegrationTests extends UssdTestSupport {

	static final long MEDIAN_BUDGET_MS = 250;

	static final long HOP_BUDGET_MS = 2_000;

	static final int SESSIONS = 10;

	@Test
	void everyHopIsAnsweredWellUnderASecond() throws Exception {
		resetCoop("en");
		session(new ArrayList<>()); // warm-up: first compilation of the paths

		List<Long> hops = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			session(hops);
		}

		List<Long> sorted = hops.stream().sorted().toList();
		long median = sorted.get(sorted.size() / 2);
		long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
		long max = sorted.get(sorted.size() - 1);
		System.out.printf("UssdResponseTimeIntegrationTests: %d hops, median %d ms, p95 %d ms, max %d ms%n",
				sorted.size(), median, p95, max);
		assertThat(median).as("median hop (ms)").isLessThan(MEDIAN_BUDGET_MS);
		assertThat(max).as("slowest hop (ms)").isLessThan(HOP_BUDGET_MS);
	}

	/** Dial, PIN, then each of the four menus of a seller in its own session. */
	private void session(List<Long> hops) throws Exception {
		for (String menu : List.of("1", "2", "3", "4")) {
			String session = session();
			timed(hops, session, "");
			timed(hops, session, COOP_PIN);
			timed(hops, session, COOP_PIN + "*" + menu);
		}
	}

	private void timed(List<Long> hops, String session, String text) throws Exception {
		long start = System.nanoTime();
		ussd(session, COOP_PHONE, text);
		hops.add((System.nanoTime() - start) / 1_000_000);
	}

}
