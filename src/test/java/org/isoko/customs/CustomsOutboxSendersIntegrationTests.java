package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.isoko.customs.ceb.MessageType;
import org.isoko.logistics.ParcelId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox's senders (threads, instances) take different due messages, in sending
 * order, and a read of the due messages walks the index rather than sorting every due row
 * (a backlog of 800,000 messages due at one instant made each read sort them all). The
 * messages here fall due in 2099, so the running outbox leaves them alone.
 */
class CustomsOutboxSendersIntegrationTests extends CustomsTestSupport {

	static final Instant DUE = Instant.parse("2099-01-01T00:00:00Z");

	@Autowired
	DeclarationStore store;

	final List<UUID> declarations = new ArrayList<>();

	@AfterEach
	void removeTheMessages() {
		for (UUID d : declarations) {
			jdbc.sql("DELETE FROM customs_outbox WHERE declaration_id = :d").param("d", d).update();
			jdbc.sql("DELETE FROM customs_declaration WHERE id = :d").param("d", d).update();
		}
	}

	@Test
	void theDueReadWalksTheIndexInSendingOrderWithoutSorting() {
		String plan = String.join("\n",
				jdbc.sql("EXPLAIN " + DeclarationStore.DUE)
					.param("instance", "i")
					.param("now", DUE.atOffset(java.time.ZoneOffset.UTC))
					.param("takeover", DUE.atOffset(java.time.ZoneOffset.UTC))
					.param("limit", 400)
					.query(String.class)
					.list());
		assertThat(plan).containsIgnoringCase("CUSTOMS_OUTBOX_DUE").containsIgnoringCase("index sorted");
	}

	@Test
	void twoReadersOfTheSameDueMessagesTakeEachOnce() throws Exception {
		for (int i = 0; i < 3; i++) {
			declaredWithFourMessages();
		}
		List<DeclarationStore.OutboxMessage> due = ours(store.due(DUE.plusSeconds(1), 1000));
		assertThat(due).hasSize(12);
		// Sending order: a declaration's four messages together, in its order.
		assertThat(due.subList(0, 4)).extracting(DeclarationStore.OutboxMessage::type)
			.containsExactly(MessageType.CEB311, MessageType.CEB411, MessageType.CEB511, MessageType.CEB621);
		assertThat(due.subList(0, 4)).extracting(DeclarationStore.OutboxMessage::declaration)
			.containsOnly(due.get(0).declaration());

		CountDownLatch bothRead = new CountDownLatch(2);
		List<CompletableFuture<List<DeclarationStore.OutboxMessage>>> readers = new ArrayList<>();
		for (int r = 0; r < 2; r++) {
			String batch = "BATCH-" + r;
			readers.add(CompletableFuture.supplyAsync(() -> {
				List<DeclarationStore.OutboxMessage> read = ours(store.due(DUE.plusSeconds(1), 1000));
				bothRead.countDown();
				await(bothRead);
				return store.claim(read, DUE.plusSeconds(600), batch);
			}));
		}
		List<DeclarationStore.OutboxMessage> first = readers.get(0).get(30, TimeUnit.SECONDS);
		List<DeclarationStore.OutboxMessage> second = readers.get(1).get(30, TimeUnit.SECONDS);

		Set<UUID> taken = new HashSet<>();
		first.forEach(m -> taken.add(m.id()));
		second.forEach(m -> assertThat(taken.add(m.id())).as("taken by both readers: %s", m.guid()).isTrue());
		assertThat(taken).as("every due message taken by one reader").hasSize(12);
		assertThat(ours(store.due(DUE.plusSeconds(1), 1000))).as("none due while leased").isEmpty();
	}

	private void declaredWithFourMessages() {
		UUID id = UUID.randomUUID();
		String no = "SND" + id.toString().substring(0, 8);
		store.insert(new Declaration(id, new ParcelId(UUID.randomUUID()), new OrderId(UUID.randomUUID()),
				CountryCode.of("CN"), HubCode.of("HGH"), no, "PAY-" + no, "WB-" + no, "COP-" + no, "Test Buyer",
				"3301**********1234", DeclarationStatus.DECLARED, null, DUE, null));
		declarations.add(id);
		MessageType[] types = { MessageType.CEB311, MessageType.CEB411, MessageType.CEB511, MessageType.CEB621 };
		for (int seq = 0; seq < types.length; seq++) {
			store.enqueue(id, types[seq], seq, UUID.randomUUID().toString(), "<unsent/>", DUE);
		}
	}

	/** The messages of this test's declarations (other tests leave messages not sent). */
	private List<DeclarationStore.OutboxMessage> ours(List<DeclarationStore.OutboxMessage> due) {
		return due.stream().filter(m -> declarations.contains(m.declaration())).toList();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
