package org.isoko.customs;

import java.time.Clock;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.shared.HubCode;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages Isoko gave up sending to customs after too many failed attempts
 * ({@code isoko.customs.outbox.max-attempts}): listed for the hub operators and admins,
 * who send them again once customs is back (the same messages, same guids: customs takes
 * each once). A hub operator sees and sends again those of their hub's declarations (the
 * destination hub), an admin all.
 */
@Service
public class StuckDeclarations {

	/** A message given up on. */
	public record Stuck(UUID declaration, String orderNo, HubCode destinationHub, String messageType, String guid,
			int attempts, @Nullable String lastError) {
	}

	private final DeclarationStore store;

	private final Clock clock;

	StuckDeclarations(DeclarationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The messages given up on that the user sees, oldest first, one page. */
	@Transactional(readOnly = true)
	public PageOf<Stuck> list(CurrentUser user, PageRequest page) {
		return store.gaveUp(HubScope.of(user), page)
			.map(s -> new Stuck(s.declaration(), s.orderNo(), s.destinationHub(), s.type().name(), s.guid(),
					s.attempts(), s.lastError()));
	}

	/** Sends every message given up on that the user sees again, from now; how many. */
	@Transactional
	public int retryAll(CurrentUser user) {
		return store.retryGivenUp(HubScope.of(user), clock.instant());
	}

}
