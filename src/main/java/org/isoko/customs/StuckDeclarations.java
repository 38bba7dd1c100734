package org.isoko.customs;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages Isoko gave up sending to customs after too many failed attempts
 * ({@code isoko.customs.outbox.max-attempts}): listed for the hub operators and admins,
 * who send them again once customs is back (the same messages, same guids: customs takes
 * each once).
 */
@Service
public class StuckDeclarations {

	/** A message given up on. */
	public record Stuck(java.util.UUID declaration, String orderNo, String messageType, String guid, int attempts,
			@org.jspecify.annotations.Nullable String lastError) {
	}

	private final DeclarationStore store;

	private final Clock clock;

	StuckDeclarations(DeclarationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Stuck> list() {
		return store.gaveUp(200)
			.stream()
			.map(s -> new Stuck(s.declaration(), s.orderNo(), s.type().name(), s.guid(), s.attempts(), s.lastError()))
			.toList();
	}

	/** Sends every message given up on again, from now; how many. */
	@Transactional
	public int retryAll() {
		return store.retryGivenUp(clock.instant());
	}

}
