package org.isoko.customs;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.isoko.customs.ceb.CebFormatException;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.eac.EntryMessage;
import org.isoko.customs.eac.EntryReceipt;
import org.isoko.customs.eac.EntryXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Service;

/**
 * The simulated authorities of the EAC corridors (Rwanda Revenue Authority, Kenya Revenue
 * Authority), speaking the entry contract: it takes a signed entry (refusing one whose
 * signature does not verify with Isoko's key or that it cannot read), keeps it once by
 * guid, answers ACCEPTED, then QUERIED when a house waybill lacks a document it needs,
 * else RELEASED with an exit note or release number when auto-release is on — otherwise
 * the release is the officer's, from the console. Receipts are signed with the
 * simulator's own key pair (drawn at each start) and delivered to
 * {@link EntryDecisions#receive} after the configured delay, asynchronously. DOWN makes
 * it refuse everything (503); NO_ANSWER takes the entries but holds its receipts back
 * until the outage ends (the sender hears nothing and sends again; each guid is taken
 * once), which is also how a test receives them itself, over the receipts endpoint.
 */
@Service
@Conditional(CustomsSimulatorEnabled.class)
public class EacCustomsSimulator implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(EacCustomsSimulator.class);

	/** What the simulator did with an entry. */
	public record Acceptance(boolean accepted, String detail) {
	}

	private final KeyPair keys = CustomsKeys.draw();

	private final PublicKey isoko;

	private final CustomsSettings settings;

	private final ObjectProvider<EntryDecisions> decisions;

	private final Clock clock;

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	private volatile ChinaCustomsSimulator.Outage outage;

	/** Receipts made while the authority did not answer, sent when it is back. */
	private final List<Runnable> heldBack = new CopyOnWriteArrayList<>();

	/** The latest receipts made, signed, oldest first (what a test delivers itself). */
	private final Deque<String> made = new ConcurrentLinkedDeque<>();

	private static final int MADE_KEPT = 1000;

	private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "eac-customs-simulator");
		thread.setDaemon(true);
		return thread;
	});

	EacCustomsSimulator(CustomsKeys isokoKeys, CustomsSettings settings, ObjectProvider<EntryDecisions> decisions,
			Clock clock) {
		this.isoko = isokoKeys.signing().getPublic();
		this.settings = settings;
		this.decisions = decisions;
		this.clock = clock;
		this.outage = settings.eac().simulatorOutage();
	}

	public PublicKey publicKey() {
		return keys.getPublic();
	}

	public ChinaCustomsSimulator.Outage outage() {
		return outage;
	}

	public void outage(ChinaCustomsSimulator.Outage mode) {
		LOG.info("Simulated EAC customs outage: {}", mode);
		this.outage = mode;
		if (mode == ChinaCustomsSimulator.Outage.NONE) {
			List<Runnable> due = new ArrayList<>(heldBack);
			heldBack.removeAll(due);
			due.forEach(Runnable::run);
		}
	}

	/** The receipts made lately (at most the last 1,000), signed, oldest first. */
	List<String> madeReceipts() {
		return List.copyOf(made);
	}

	/** Takes one signed entry addressed to {@code country}'s authority. */
	public Acceptance receive(String country, String signedXml) {
		if (!CebSignature.verify(signedXml, isoko)) {
			return new Acceptance(false, "The signature does not verify with Isoko's key");
		}
		EntryMessage entry;
		try {
			entry = EntryXml.read(signedXml);
		}
		catch (CebFormatException ex) {
			return new Acceptance(false, "Unreadable entry: " + ex.getMessage());
		}
		if (!entry.office().startsWith(country + "-")) {
			return new Acceptance(false, "Entry " + entry.reference() + " is for office " + entry.office()
					+ ", not for the authority of " + country);
		}
		if (!seen.add(entry.guid())) {
			return new Acceptance(true, "Entry " + entry.guid() + " was taken before");
		}
		Instant now = clock.instant();
		answer(entry, EntryReceipt.Status.ACCEPTED, null, null, now);
		List<String> missing = missing(entry);
		if (!missing.isEmpty()) {
			answer(entry, EntryReceipt.Status.QUERIED, null, "Documents missing: " + String.join("; ", missing), now);
		}
		else if (settings.eac().simulatorAutoRelease()) {
			String number = country + (entry.procedure() == EntryMessage.Procedure.EX1 ? "-EXN-" : "-REL-")
					+ now.atZone(ZoneOffset.UTC).getYear() + "-"
					+ UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
			answer(entry, EntryReceipt.Status.RELEASED, number, null, now);
		}
		return new Acceptance(true, "Entry " + entry.reference() + " revision " + entry.revision() + " taken");
	}

	/** Per house waybill, the documents it declares as missing. */
	static List<String> missing(EntryMessage entry) {
		List<String> missing = new ArrayList<>();
		for (EntryMessage.HouseWaybill w : entry.waybills()) {
			List<String> lacking = w.documents()
				.stream()
				.filter(d -> !d.present())
				.map(d -> d.code().name().toLowerCase(Locale.ROOT).replace('_', ' '))
				.toList();
			if (!lacking.isEmpty()) {
				missing.add(w.number() + ": " + String.join(", ", lacking));
			}
		}
		return missing;
	}

	/** The language of the simulated authority's words (BCP 47). */
	static final String WRITES_IN = "en";

	private void answer(EntryMessage entry, EntryReceipt.Status status, String number, String reason, Instant at) {
		// The authority writes in English, and says so.
		EntryReceipt receipt = new EntryReceipt(UUID.randomUUID().toString().toUpperCase(Locale.ROOT),
				entry.reference(), entry.revision(), status, number, reason, reason == null ? null : WRITES_IN, at);
		String xml = signed(receipt);
		made.addLast(xml);
		while (made.size() > MADE_KEPT) {
			made.pollFirst();
		}
		LOG.debug("Simulated {} answers {} to entry {} revision {}", entry.office(), status, entry.reference(),
				entry.revision());
		Runnable send = () -> answers.schedule(() -> deliver(xml, receipt), settings.eac().simulatorDelay().toMillis(),
				TimeUnit.MILLISECONDS);
		if (outage == ChinaCustomsSimulator.Outage.NO_ANSWER) {
			heldBack.add(send);
		}
		else {
			send.run();
		}
	}

	/** A receipt signed with the authority's key, as it sends them. */
	String signed(EntryReceipt receipt) {
		return CebSignature.sign(EntryXml.writeReceipt(receipt), keys);
	}

	private void deliver(String xml, EntryReceipt receipt) {
		try {
			EntryDecisions inbox = decisions.getIfAvailable();
			if (inbox != null) {
				LOG.debug("Entry receipt {} {}: {}", receipt.status(), receipt.guid(), inbox.receive(xml));
			}
		}
		catch (RuntimeException ex) {
			LOG.warn("Entry receipt {} {} could not be delivered: {}", receipt.status(), receipt.guid(),
					ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		answers.shutdownNow();
	}

}
