package org.isoko.logistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.isoko.shared.HubCode;
import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The carrier integration port: scan events from a carrier's webhook. Calls are signed
 * (see {@link CarrierSignature}) and timestamped; each event has the carrier's own id, so
 * a redelivered event is recognised and takes effect once, and its time of occurrence
 * places it in the timeline, so an event that arrives late still lands where it happened
 * and the parcel's status is that of its latest event in time.
 */
@Service
public class CarrierEvents {

	private final LogisticsStore store;

	private final Parcels parcels;

	private final LogisticsSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	CarrierEvents(LogisticsStore store, Parcels parcels, LogisticsSettings settings, Clock clock,
			TransactionTemplate transactions) {
		this.store = store;
		this.parcels = parcels;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** One scan event as the carrier sends it. */
	public record ScanEvent(String id, String waybill, Milestone milestone, Instant occurredAt,
			@Nullable String location, @Nullable String code, @Nullable String reason) {
	}

	/** What became of a delivery: how many events were new, seen before, or unknown. */
	public record Receipt(int accepted, int duplicates, List<String> unknownWaybills) {
	}

	/**
	 * Thrown when a call's signature or timestamp is not right: 401, nothing recorded.
	 */
	public static class Unsigned extends RuntimeException {

		public Unsigned(String message) {
			super(message);
		}

	}

	/** Checks the signature and the timestamp's freshness of a call. */
	public void verify(@Nullable String timestamp, @Nullable String signature, byte[] body) {
		if (timestamp == null || signature == null) {
			throw new Unsigned(
					"Missing " + CarrierSignature.TIMESTAMP_HEADER + " or " + CarrierSignature.SIGNATURE_HEADER);
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException e) {
			throw new Unsigned(CarrierSignature.TIMESTAMP_HEADER + " must be epoch seconds");
		}
		Duration skew = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
		if (skew.compareTo(settings.carrierClockSkew()) > 0) {
			throw new Unsigned("The call's timestamp is " + skew.toSeconds() + " s away from our clock (at most "
					+ settings.carrierClockSkew().toSeconds() + " s)");
		}
		if (!CarrierSignature.matches(settings.carrierSecret(), seconds, body, signature.trim())) {
			throw new Unsigned("The signature does not match the body");
		}
	}

	/**
	 * Records a batch of events, in the order they happened; duplicates (by carrier event
	 * id, within the batch or seen before) change nothing. Events for waybills we do not
	 * know are reported back, not recorded. The whole batch takes a handful of
	 * statements, not a handful per event: its parcels read and locked in one query, the
	 * ids seen before in one, the new events in one JDBC batch, and the statuses in one
	 * batch of updates.
	 * <p>
	 * Carriers deliver concurrently. Locking the batch's parcels first (always in the
	 * same order) makes two deliveries for one parcel take turns, so the second sees the
	 * first's events (a redelivered id is then a duplicate, and the later event in time
	 * keeps the status whichever delivery commits last, and only the first arrival of a
	 * parcel is announced); deliveries for other parcels go on side by side. Every writer
	 * of several parcels locks them in the same order (see
	 * {@link LogisticsStore#lockParcelsIn}), so none deadlocks with a delivery; one that
	 * still loses a lock wait (or a deadlock with a writer outside this module) is run
	 * again, up to {@value #ATTEMPTS} times, unless the caller's transaction holds it.
	 */
	public Receipt ingest(String carrier, List<ScanEvent> events) {
		List<ScanEvent> inTime = events.stream().sorted(Comparator.comparing(ScanEvent::occurredAt)).toList();
		inTime.forEach(this::validate);
		boolean inCallersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> ingestInTime(carrier, inTime));
			}
			catch (PessimisticLockingFailureException e) {
				if (inCallersTransaction || attempt == ATTEMPTS) {
					throw e;
				}
			}
		}
	}

	/** How often a delivery that lost a deadlock or a lock wait is tried in all. */
	static final int ATTEMPTS = 3;

	private Receipt ingestInTime(String carrier, List<ScanEvent> inTime) {
		Map<String, Optional<Waybill>> waybills = new HashMap<>();
		for (ScanEvent e : inTime) {
			waybills.computeIfAbsent(e.waybill(), CarrierEvents::waybill);
		}
		Map<String, Parcel> parcels = store.lockParcelsByWaybill(
				waybills.values().stream().flatMap(Optional::stream).map(Waybill::value).collect(Collectors.toSet()));
		Set<String> seen = store.seenCarrierEvents(inTime.stream().map(ScanEvent::id).collect(Collectors.toSet()));

		int duplicates = 0;
		List<String> unknown = new ArrayList<>();
		List<TrackingEvent> fresh = new ArrayList<>();
		List<Parcel> freshParcels = new ArrayList<>();
		Instant now = clock.instant();
		String actor = carrier + " (carrier)";
		for (ScanEvent e : inTime) {
			Parcel parcel = waybills.get(e.waybill()).map(w -> parcels.get(w.value())).orElse(null);
			if (parcel == null) {
				unknown.add(e.waybill());
				continue;
			}
			if (!seen.add(e.id())) {
				duplicates++;
				continue;
			}
			HubCode hub = e.location() == null || e.location().isBlank() ? null : HubCode.of(e.location());
			String reason = e.reason() == null || e.reason().isBlank() ? null : e.reason().trim();
			fresh.add(new TrackingEvent(UUID.randomUUID(), parcel.id(), e.milestone(), e.occurredAt(), now, hub,
					EventSource.CARRIER, actor, reason, e.id(), e.code()));
			freshParcels.add(parcel);
		}

		// Under the locks, before this batch's events are written: which of its parcels
		// arrived before (only a parcel's first arrival is announced).
		Set<ParcelId> arrived = store.arrived(fresh.stream()
			.filter(e -> e.milestone() == Milestone.ARRIVED_AT_DESTINATION)
			.map(TrackingEvent::parcel)
			.toList());
		boolean[] written = store.appendAll(fresh);
		int accepted = 0;
		// Per parcel, its last new event in time order: the batch's latest, and the one
		// with the highest sequence number among those at the same time.
		Map<ParcelId, TrackingEvent> latest = new HashMap<>();
		for (int i = 0; i < written.length; i++) {
			if (written[i]) {
				accepted++;
				latest.put(fresh.get(i).parcel(), fresh.get(i));
			}
			else {
				duplicates++;
			}
		}
		store.moveStatuses(latest.values(), now);
		for (int i = 0; i < written.length; i++) {
			if (written[i]) {
				TrackingEvent e = fresh.get(i);
				boolean firstArrival = e.milestone() == Milestone.ARRIVED_AT_DESTINATION && arrived.add(e.parcel());
				this.parcels.recorded(freshParcels.get(i), e.milestone(), e.occurredAt(), actor, firstArrival);
			}
		}
		return new Receipt(accepted, duplicates, List.copyOf(unknown));
	}

	private static Optional<Waybill> waybill(String text) {
		try {
			return Optional.of(Waybill.of(text));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private void validate(ScanEvent e) {
		if (e.id() == null || e.id().isBlank() || e.id().length() > 100) {
			throw new InvalidInput("events[].id", "Every event needs the carrier's id for it (at most 100 characters)");
		}
		if (e.milestone() == null || e.occurredAt() == null || e.waybill() == null) {
			throw new InvalidInput("events[]", "Every event needs waybill, milestone and occurredAt");
		}
		if (e.milestone() == Milestone.EXCEPTION && (e.reason() == null || e.reason().isBlank())) {
			throw new InvalidInput("events[].reason", "An EXCEPTION event needs its reason");
		}
		if (e.occurredAt().isAfter(clock.instant().plus(settings.carrierClockSkew()))) {
			throw new InvalidInput("events[].occurredAt", "Event " + e.id() + " happened in the future");
		}
		if (e.reason() != null && e.reason().length() > 300 || e.code() != null && e.code().length() > 40) {
			throw new InvalidInput("events[]", "reason is at most 300 characters, code at most 40");
		}
	}

}
