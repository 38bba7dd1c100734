package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.isoko.identity.UserId;
import org.isoko.support.BuyerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/**
 * The gate read shared by concurrent requests to one drop: each request still gets its
 * own earlier request (user and Idempotency-Key paired exactly, never another user's key)
 * and the drop's current remaining units.
 */
class DropGateReadsIntegrationTests extends DropTestSupport {

	@Autowired
	DropGateReads gateReads;

	@Autowired
	DropStore drops;

	record Expected(UserId user, String key, String order) {
	}

	@Test
	void manyRequestsAtOnceEachGetTheirOwnEarlierRequestAndTheCurrentStock() throws Exception {
		String drop = drop(coffee(20), 20, 2, Duration.ofMinutes(1));
		clock.advance(Duration.ofMinutes(1));
		List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, 4, "CN", "HGH");
		List<Expected> placed = new ArrayList<>();
		for (BuyerFixtures.Buyer buyer : buyers.subList(0, 3)) {
			String key = key();
			String body = orderFromDropWithToken(buyer.token(), drop, key, 1).andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			placed.add(new Expected(new UserId(buyer.userId()), key, JsonPath.read(body, "$.id")));
		}
		DropId id = new DropId(UUID.fromString(drop));
		// Each user asks with their own key (a replay), with a fresh key, and with
		// another user's key (not theirs: no earlier request).
		List<Callable<Boolean>> asks = new ArrayList<>();
		for (int round = 0; round < 20; round++) {
			for (int i = 0; i < placed.size(); i++) {
				Expected mine = placed.get(i);
				Expected other = placed.get((i + 1) % placed.size());
				asks.add(() -> earlierOrder(gateReads.read(id, mine.user(), mine.key())).equals(mine.order()));
				asks.add(() -> earlierOrder(gateReads.read(id, mine.user(), other.key())).isEmpty());
				asks.add(() -> earlierOrder(gateReads.read(id, mine.user(), key())).isEmpty());
			}
			UserId stranger = new UserId(buyers.get(3).userId());
			asks.add(() -> earlierOrder(gateReads.read(id, stranger, placed.get(0).key())).isEmpty()
					&& gateReads.read(id, stranger, key()).orElseThrow().remaining() == 17);
		}
		ExecutorService threads = Executors.newFixedThreadPool(24);
		try {
			List<Future<Boolean>> answers = threads.invokeAll(asks);
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
		// The same questions in one batched read (the path the coalesced reads take when
		// several wait).
		List<DropStore.Asked> asked = List.of(new DropStore.Asked(placed.get(0).user(), placed.get(0).key()),
				new DropStore.Asked(placed.get(0).user(), placed.get(1).key()),
				new DropStore.Asked(placed.get(1).user(), placed.get(1).key()),
				new DropStore.Asked(placed.get(2).user(), "never-used"));
		List<DropStore.Gate> gates = drops.gates(id, DropReservationWriter.OPERATION, asked).orElseThrow();
		assertThat(gates).extracting(g -> g.earlier() == null ? "" : g.earlier().order().toString())
			.containsExactly(placed.get(0).order(), "", placed.get(1).order(), "");
		assertThat(gates).allSatisfy(g -> assertThat(g.remaining()).isEqualTo(17));
		assertThat(drops.gates(new DropId(UUID.randomUUID()), DropReservationWriter.OPERATION, asked)).isEmpty();
		assertThat(gateReads.read(new DropId(UUID.randomUUID()), placed.get(0).user(), key())).isEmpty();
	}

	private static String earlierOrder(Optional<DropStore.Gate> gate) {
		DropStore.Gate g = gate.orElseThrow();
		return g.earlier() == null ? "" : g.earlier().order().toString();
	}

}
