package org.isoko.customs;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.isoko.customs.ceb.MessageType;
import org.junit.jupiter.api.Test;

/**
 * A message customs keeps refusing is retried with back-off, and given up on (GAVE_UP,
 * for the operator) once it failed max-attempts times.
 */
class CustomsOutboxGiveUpTests {

	static final Instant NOW = Instant.parse("2026-12-10T08:00:00Z");

	final DeclarationStore store = mock(DeclarationStore.class);

	final ChinaCustomsPort down = (type, guid, xml) -> {
		throw new CustomsUnavailable("503");
	};

	final CustomsOutbox outbox = new CustomsOutbox(store, down,
			new CustomsSettings(new CustomsSettings.China(true, "", "", "", "", "E", "E", "C", "C", "L", "L", "D"),
					new CustomsSettings.Outbox(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMinutes(1), 3),
					new CustomsSettings.Simulator("", Duration.ZERO, null, null, null, null,
							ChinaCustomsSimulator.Outage.NONE, Duration.ZERO),
					CustomsSettings.Eac.defaults()),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aFailureBeforeTheLimitWaitsTheBackoff() {
		DeclarationStore.OutboxMessage m = message(1);
		when(store.due(any(), eq(100))).thenReturn(List.of(m));
		when(store.claim(eq(m), any())).thenReturn(true);
		outbox.sendDue();
		verify(store).retryAt(eq(m.id()), eq(NOW.plusSeconds(10)), anyString());
		verify(store, never()).giveUp(any(), anyString());
	}

	@Test
	void theLastAllowedFailureGivesUp() {
		DeclarationStore.OutboxMessage m = message(2);
		when(store.due(any(), eq(100))).thenReturn(List.of(m));
		when(store.claim(eq(m), any())).thenReturn(true);
		outbox.sendDue();
		verify(store).giveUp(eq(m.id()), eq("503"));
		verify(store, never()).retryAt(any(), any(), anyString());
	}

	private static DeclarationStore.OutboxMessage message(int attemptsBefore) {
		return new DeclarationStore.OutboxMessage(UUID.randomUUID(), UUID.randomUUID(), MessageType.CEB311, "G",
				"<xml/>", attemptsBefore, NOW);
	}

}
