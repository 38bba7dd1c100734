package org.isoko.customs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.isoko.customs.ceb.CebBatch;
import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.MessageType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Sends the declared messages that are due, in the order they were declared, each once it
 * is taken (see {@link DeclarationStore#claim}); a failure waits first-retry, then twice
 * as long each time up to max-retry. Messages are written in the declaring transaction,
 * so nothing is sent for a declaration that rolled back; a message sent but not marked (a
 * crash in between) goes again with the same guid, which customs takes once. After
 * max-attempts failures a message is given up on (GAVE_UP), shown to the operator.
 *
 * <p>
 * The due documents of one type go together, up to documents-per-message in one message
 * signed at sending (the CEB contract's batches, see {@link CebBatch}): one signature and
 * one request per hundred documents rather than per document, which the clearance
 * benchmark found was most of the cost. Each document keeps its own row, guid, attempts
 * and back-off. Documents are stored unsigned (see {@link Declarations}); one due alone
 * is sent as a message of its own, signed here, so a customs that takes one document per
 * message is served as before.
 */
@Component
class CustomsOutbox implements InitializingBean, DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(CustomsOutbox.class);

	/** How long a taken message is left alone before another attempt may take it. */
	static final Duration LEASE = Duration.ofMinutes(2);

	/** How many due messages one read takes. */
	static final int BATCH = 100;

	private final DeclarationStore store;

	private final ChinaCustomsPort customs;

	private final CustomsSettings settings;

	private final Clock clock;

	private final CustomsKeys keys;

	/**
	 * How many due messages one read takes: a batch of each of the four types when every
	 * order's four are due together (with the default 100 per message, 400).
	 */
	private final int read;

	private final OutboxPoller poller;

	/** Signs and sends the messages of a read (null: one sender, the poller's thread). */
	private final @Nullable ExecutorService senders;

	@Autowired
	CustomsOutbox(DeclarationStore store, ChinaCustomsPort customs, CustomsSettings settings, Clock clock,
			CustomsKeys keys) {
		this.store = store;
		this.customs = customs;
		this.settings = settings;
		this.clock = clock;
		this.keys = keys;
		int sending = settings.outbox().senders();
		this.read = settings.outbox().documentsPerMessage() == 1 ? BATCH
				: 4 * settings.outbox().documentsPerMessage() * sending;
		this.poller = new OutboxPoller("customs-outbox", this::sendDue, read, LOG);
		AtomicInteger started = new AtomicInteger();
		this.senders = sending == 1 ? null : Executors.newFixedThreadPool(sending, r -> {
			Thread t = new Thread(r, "customs-outbox-sender-" + started.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Every message goes alone, signed with the key of the settings (blank: one drawn for
	 * this outbox) (tests).
	 */
	CustomsOutbox(DeclarationStore store, ChinaCustomsPort customs, CustomsSettings settings, Clock clock) {
		this(store, customs, settings.outbox().documentsPerMessage() == 1 ? settings : alone(settings), clock,
				new CustomsKeys(settings.china()));
	}

	private static CustomsSettings alone(CustomsSettings s) {
		CustomsSettings.Outbox o = s.outbox();
		return new CustomsSettings(s.china(),
				new CustomsSettings.Outbox(o.poll(), o.firstRetry(), o.maxRetry(), o.maxAttempts(), 1, o.senders()),
				s.simulator(), s.eac());
	}

	@Override
	public void afterPropertiesSet() {
		poller.start(settings.outbox().poll());
	}

	@Override
	public void destroy() {
		poller.stop();
		if (senders != null) {
			senders.shutdownNow();
		}
	}

	/**
	 * Sends what is due now: the due messages of each type together, up to
	 * documents-per-message in one signed message; returns how many documents were sent.
	 * The messages are taken (leased) on the poller's thread, then signed and sent by the
	 * senders, several messages at once: signing a message of a hundred documents and
	 * customs taking it are most of the work, and one thread held one core of two while
	 * the other idled. Orders', payments' and waybills' messages first, the inventory
	 * lists once those are sent: customs matches an order's inventory list with its three
	 * other documents, so the list goes last, as a single sender sent it.
	 */
	int sendDue() {
		Instant now = clock.instant();
		List<Taken> taken = take(now);
		return send(taken.stream().filter(t -> t.type() != MessageType.CEB621).toList(), now)
				+ send(taken.stream().filter(t -> t.type() == MessageType.CEB621).toList(), now);
	}

	/** Sends messages on the senders, and waits for them all; how many documents went. */
	private int send(List<Taken> messages, Instant now) {
		if (senders == null || messages.size() < 2) {
			return messages.stream().mapToInt(t -> send(t, now)).sum();
		}
		List<Future<Integer>> sending = messages.stream().map(t -> senders.submit(() -> send(t, now))).toList();
		int sent = 0;
		for (Future<Integer> f : sending) {
			try {
				sent += f.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while customs messages were sent", ex);
			}
			catch (ExecutionException ex) {
				// A failure to send is recorded by the message's back-off; this is
				// another.
				throw new IllegalStateException(ex.getCause());
			}
		}
		return sent;
	}

	private int send(Taken t, Instant now) {
		return t.alone() ? sendAlone(t.messages().get(0), now) : sendTogether(t, now);
	}

	/**
	 * Documents of one type taken to go in one message (its guid: the envelope's); alone:
	 * one document as a message of its own, under its own guid.
	 */
	private record Taken(MessageType type, String guid, List<DeclarationStore.OutboxMessage> messages, boolean alone) {
	}

	private List<Taken> take(Instant now) {
		List<DeclarationStore.OutboxMessage> due = store.due(now, read);
		if (!due.isEmpty()) {
			LOG.debug("{} customs messages due", due.size());
		}
		Map<MessageType, List<DeclarationStore.OutboxMessage>> byType = new EnumMap<>(MessageType.class);
		for (DeclarationStore.OutboxMessage m : due) {
			byType.computeIfAbsent(m.type(), t -> new ArrayList<>()).add(m);
		}
		int size = settings.outbox().documentsPerMessage();
		List<Taken> taken = new ArrayList<>();
		// Declared order across types: an order's CEB311 goes before its CEB621 (customs
		// matches once all four are in, whichever sender sent them).
		for (Map.Entry<MessageType, List<DeclarationStore.OutboxMessage>> ofType : byType.entrySet()) {
			List<DeclarationStore.OutboxMessage> all = ofType.getValue();
			for (int from = 0; from < all.size(); from += size) {
				List<DeclarationStore.OutboxMessage> chunk = all.subList(from, Math.min(all.size(), from + size));
				if (chunk.size() == 1) {
					DeclarationStore.OutboxMessage m = chunk.get(0);
					if (store.claim(m, now.plus(LEASE))) {
						taken.add(new Taken(ofType.getKey(), m.guid(), List.of(m), true));
					}
					continue;
				}
				String batchGuid = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
				List<DeclarationStore.OutboxMessage> claimed = store.claim(chunk, now.plus(LEASE), batchGuid);
				if (!claimed.isEmpty()) {
					taken.add(new Taken(ofType.getKey(), batchGuid, claimed, false));
				}
			}
		}
		return taken;
	}

	/** One document: a message of its own, signed now. */
	private int sendAlone(DeclarationStore.OutboxMessage m, Instant now) {
		String signed;
		try {
			signed = signed(m.body());
		}
		catch (RuntimeException ex) {
			// Cannot happen to a message Isoko wrote; one that does is not sent.
			LOG.error("{} {} cannot be read back: {}; given up on", m.type(), m.guid(), ex.getMessage());
			store.giveUp(m.id(), "unreadable: " + ex.getMessage());
			return 0;
		}
		try {
			customs.send(m.type(), m.guid(), signed);
			store.sent(m.id(), clock.instant());
			return 1;
		}
		catch (RuntimeException ex) {
			failed(m, ex, now);
			return 0;
		}
	}

	/**
	 * The stored document as a message signed with this instance's key (the same text
	 * each time: the RSA signature is deterministic, so a message sent again is the
	 * same). One stored signed, as documents were declared before signing moved here,
	 * goes as it is: a second signature would break the first.
	 */
	private String signed(String stored) {
		org.w3c.dom.Document document = CebXml.parse(stored);
		return CebSignature.isSigned(document) ? stored : CebSignature.sign(document, keys.signing());
	}

	/**
	 * Several documents of one type in one message under a guid of its own, signed once
	 * with this instance's key. Each document keeps its own guid, so customs takes each
	 * once however many messages it came in; a failure retries each on its own back-off.
	 * The stored texts are put together as they are ({@link CebXml#join}); should that
	 * fail, each is read back, and one that cannot be is given up on, the others sent.
	 */
	private int sendTogether(Taken batch, Instant now) {
		List<DeclarationStore.OutboxMessage> taken = batch.messages();
		String batchGuid = batch.guid();
		MessageType type = taken.get(0).type();
		List<DeclarationStore.OutboxMessage> readable = taken;
		org.w3c.dom.Document message = CebXml
			.join(type, batchGuid, taken.stream().map(DeclarationStore.OutboxMessage::body).toList(), transfer())
			.orElse(null);
		if (message == null) {
			readable = new ArrayList<>(taken.size());
			List<CebMessage> documents = new ArrayList<>(taken.size());
			for (DeclarationStore.OutboxMessage m : taken) {
				try {
					documents.add(CebXml.read(m.body()));
					readable.add(m);
				}
				catch (RuntimeException ex) {
					// Cannot happen to a message Isoko wrote; one that does is not sent.
					LOG.error("{} {} cannot be read back: {}; given up on", m.type(), m.guid(), ex.getMessage());
					store.giveUp(m.id(), "unreadable: " + ex.getMessage());
				}
			}
			if (readable.isEmpty()) {
				return 0;
			}
			message = CebXml.write(new CebBatch(type, batchGuid, documents), transfer());
		}
		try {
			customs.send(type, batchGuid, CebSignature.sign(message, keys.signing()));
			store.sent(readable.stream().map(DeclarationStore.OutboxMessage::id).toList(), clock.instant());
			return readable.size();
		}
		catch (RuntimeException ex) {
			for (DeclarationStore.OutboxMessage m : readable) {
				failed(m, ex, now);
			}
			return 0;
		}
	}

	private CebXml.Transfer transfer() {
		CustomsSettings.China c = settings.china();
		return new CebXml.Transfer(c.ebpCode(), c.ebpName(), c.dxpId());
	}

	/** A failed attempt: back-off, or given up on after max-attempts. */
	private void failed(DeclarationStore.OutboxMessage m, RuntimeException ex, Instant now) {
		int attempts = m.attempts() + 1;
		if (attempts >= settings.outbox().maxAttempts()) {
			LOG.error("{} {} given up after {} attempts: {}; the operator can send it again", m.type(), m.guid(),
					attempts, ex.getMessage());
			store.giveUp(m.id(), String.valueOf(ex.getMessage()));
			return;
		}
		Duration wait = backoff(attempts);
		LOG.warn("{} {} not taken by customs (attempt {}): {}; next try in {}", m.type(), m.guid(), attempts,
				ex.getMessage(), wait);
		store.retryAt(m.id(), now.plus(wait), String.valueOf(ex.getMessage()));
	}

	/** first-retry × 2^(attempts−1), at most max-retry. */
	Duration backoff(int attempts) {
		return backoff(settings.outbox(), attempts);
	}

	/**
	 * first-retry × 2^(attempts−1), at most max-retry: the same back-off for every
	 * customs outbox (the CEB messages, the consignments' entries).
	 */
	static Duration backoff(CustomsSettings.Outbox outbox, int attempts) {
		Duration wait = outbox.firstRetry();
		for (int i = 1; i < attempts && wait.compareTo(outbox.maxRetry()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(outbox.maxRetry()) > 0 ? outbox.maxRetry() : wait;
	}

}
