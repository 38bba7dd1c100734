package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With every place of the gate taken, an API order waits its turn for the configured time
 * and is then answered 503 with Retry-After, placing nothing: no order, no stock taken,
 * and its Idempotency-Key free for the same request once the gate opens.
 */
@TestPropertySource(properties = { "isoko.ordering.placement.concurrency=1", "isoko.ordering.placement.max-wait=1s" })
class PlacementGateIntegrationTests extends OrderingTestSupport {

	@Autowired
	PlacementGate gate;

	@Test
	void anOrderThatFindsIsokoBusyIsRefusedWith503AndPlacesNothing() throws Exception {
		LotFixtures.Lot lot = coffee(10);
		String key = key();
		String body = order(line(lot, "2"));
		long orders = count("ordering_order");
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Object> busy = CompletableFuture.supplyAsync(() -> gate.place(() -> {
			holding.countDown();
			try {
				return release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}));
		try {
			assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
			place(BUYER, key, body).andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "1"))
				.andExpect(header().string("Content-Type", containsString("application/problem+json")))
				.andExpect(jsonPath("$.title").value("Busy"))
				.andExpect(jsonPath("$.detail").value(containsString("nothing was placed")));
			assertThat(count("ordering_order")).isEqualTo(orders);
			assertThat(available(lot)).isEqualTo(10);
		}
		finally {
			release.countDown();
			busy.get(10, TimeUnit.SECONDS);
		}
		place(BUYER, key, body).andExpect(status().isCreated());
		assertThat(available(lot)).isEqualTo(8);
	}

}
