package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.isoko.customs.ceb.CebBatch;
import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebSamples;
import org.isoko.customs.ceb.MatchRules;
import org.isoko.customs.ceb.MessageType;
import org.junit.jupiter.api.Test;

/**
 * The simulated customs takes messages from several senders at once (the outbox sends on
 * two threads): when the last two of an order's four documents come in at the same
 * moment, in two messages, the order is still matched and decided once — each message
 * sees the documents the other committed.
 */
class ChinaCustomsSimulatorConcurrencyIntegrationTests extends CustomsTestSupport {

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	@Test
	void theLastTwoDocumentsOfOrdersComingInAtOnceAreMatchedOnce() throws Exception {
		System.out.println("seed " + seed);
		List<MatchRules.Documents> all = new ArrayList<>();
		for (int round = 0; round < 8; round++) {
			List<MatchRules.Documents> parcels = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				parcels.add(CebSamples.documents(random));
			}
			all.addAll(parcels);
			simulator.receive(signed(MessageType.CEB311, parcels, p -> p.order().toCeb()));
			simulator.receive(signed(MessageType.CEB411, parcels, p -> p.payment().toCeb()));
			String waybills = signed(MessageType.CEB511, parcels, p -> p.waybill().toCeb());
			String inventories = signed(MessageType.CEB621, parcels, p -> p.inventory().toCeb());
			CyclicBarrier together = new CyclicBarrier(2);
			CompletableFuture<ChinaCustomsSimulator.Acceptance> one = CompletableFuture
				.supplyAsync(() -> receiveWith(together, waybills));
			CompletableFuture<ChinaCustomsSimulator.Acceptance> two = CompletableFuture
				.supplyAsync(() -> receiveWith(together, inventories));
			assertThat(one.get(60, TimeUnit.SECONDS).accepted()).isTrue();
			assertThat(two.get(60, TimeUnit.SECONDS).accepted()).isTrue();
		}
		for (MatchRules.Documents p : all) {
			assertThat(decisions(p.order().orderNo())).as("order %s decided once (seed %d)", p.order().orderNo(), seed)
				.isEqualTo(1);
		}
	}

	private ChinaCustomsSimulator.Acceptance receiveWith(CyclicBarrier together, String xml) {
		try {
			together.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return simulator.receive(xml);
	}

	private long decisions(String orderNo) {
		return jdbc.sql("SELECT COUNT(*) FROM customs_sim_decision WHERE order_no = :o")
			.param("o", orderNo)
			.query(Long.class)
			.single();
	}

	private String signed(MessageType type, List<MatchRules.Documents> parcels,
			Function<MatchRules.Documents, CebMessage> document) {
		CebBatch batch = new CebBatch(type, UUID.randomUUID().toString().toUpperCase(Locale.ROOT),
				parcels.stream().map(document).toList());
		return signedByIsoko(batch);
	}

}
