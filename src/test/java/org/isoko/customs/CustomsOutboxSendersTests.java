package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.isoko.customs.ceb.MessageType;
import org.junit.jupiter.api.Test;

/**
 * The outbox's senders sign and send a read's messages side by side, each once, and the
 * inventory lists (CEB621) only once the orders', payments' and waybills' messages of the
 * read are sent: customs matches a list with the other three.
 */
class CustomsOutboxSendersTests {

	static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");

	record Sent(MessageType type, String guid, String thread, long startedNanos, long endedNanos) {
	}

	final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();

	final ChinaCustomsPort slowCustoms = (type, guid, xml) -> {
		long started = System.nanoTime();
		try {
			Thread.sleep(40);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		sent.add(new Sent(type, guid, Thread.currentThread().getName(), started, System.nanoTime()));
	};

	@Test
	void twoSendersSendEachMessageOnceAndTheInventoryListsLast() {
		DeclarationStore store = mock(DeclarationStore.class);
		List<DeclarationStore.OutboxMessage> due = new ArrayList<>();
		MessageType[] types = { MessageType.CEB311, MessageType.CEB411, MessageType.CEB511, MessageType.CEB621 };
		for (int d = 0; d < 3; d++) {
			UUID declaration = UUID.randomUUID();
			for (MessageType type : types) {
				due.add(new DeclarationStore.OutboxMessage(UUID.randomUUID(), declaration, type, type + "-" + d,
						"<xml/>", 0, NOW));
			}
		}
		when(store.due(any(), anyInt())).thenReturn(due);
		when(store.claim(any(DeclarationStore.OutboxMessage.class), any())).thenReturn(true);
		CustomsOutbox outbox = new CustomsOutbox(store, slowCustoms, settings(2), Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(outbox.sendDue()).isEqualTo(12);

		assertThat(sent).extracting(Sent::guid).as("each message sent once").doesNotHaveDuplicates().hasSize(12);
		long othersEnded = sent.stream()
			.filter(s -> s.type() != MessageType.CEB621)
			.mapToLong(Sent::endedNanos)
			.max()
			.orElseThrow();
		assertThat(sent.stream().filter(s -> s.type() == MessageType.CEB621))
			.as("inventory lists sent after the other messages")
			.allSatisfy(s -> assertThat(s.startedNanos()).isGreaterThanOrEqualTo(othersEnded));
		assertThat(sent.stream().map(Sent::thread).distinct()).as("on two senders")
			.containsExactlyInAnyOrder("customs-outbox-sender-1", "customs-outbox-sender-2");
	}

	@Test
	void oneSenderSendsOnTheCallersThread() {
		DeclarationStore store = mock(DeclarationStore.class);
		DeclarationStore.OutboxMessage one = new DeclarationStore.OutboxMessage(UUID.randomUUID(), UUID.randomUUID(),
				MessageType.CEB311, "G", "<xml/>", 0, NOW);
		DeclarationStore.OutboxMessage two = new DeclarationStore.OutboxMessage(UUID.randomUUID(), UUID.randomUUID(),
				MessageType.CEB411, "H", "<xml/>", 0, NOW);
		when(store.due(any(), anyInt())).thenReturn(List.of(one, two));
		when(store.claim(any(DeclarationStore.OutboxMessage.class), any())).thenReturn(true);
		CustomsOutbox outbox = new CustomsOutbox(store, slowCustoms, settings(1), Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(outbox.sendDue()).isEqualTo(2);

		assertThat(sent).extracting(Sent::thread).containsOnly(Thread.currentThread().getName());
	}

	private static CustomsSettings settings(int senders) {
		return new CustomsSettings(new CustomsSettings.China(true, "", "", "", "", "E", "E", "C", "C", "L", "L", "D"),
				new CustomsSettings.Outbox(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMinutes(1), 3, 1,
						senders),
				new CustomsSettings.Simulator("", Duration.ZERO, null, null, null, null,
						ChinaCustomsSimulator.Outage.NONE, Duration.ZERO),
				CustomsSettings.Eac.defaults());
	}

}
