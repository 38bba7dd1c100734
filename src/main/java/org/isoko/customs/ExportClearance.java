package org.isoko.customs;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.isoko.logistics.Consignment;
import org.isoko.logistics.Consignments;
import org.isoko.logistics.DepartureClearance;
import org.isoko.network.Network;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Customs' side of logistics' {@link DepartureClearance}: a consignment leaving a hub in
 * an exporting country (Rwanda) departs only once its export entry is released, for
 * exactly the parcels on board. An empty consignment needs none.
 * <p>
 * The rule holds from the moment Isoko is ready: the demo data seeded while it starts
 * records departures (the logistics and China customs demos) as history, without export
 * entries, as it records parcels delivered days ago.
 */
@Component
class ExportClearance implements DepartureClearance {

	private final EntryStore store;

	private final Consignments consignments;

	private final Network network;

	private final CustomsSettings settings;

	private final AtomicBoolean ready = new AtomicBoolean();

	ExportClearance(EntryStore store, Consignments consignments, Network network, CustomsSettings settings) {
		this.store = store;
		this.consignments = consignments;
		this.network = network;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		ready.set(true);
	}

	@Override
	public Optional<Refusal> refusal(Consignment c) {
		if (!settings.eac().exportClearance() || !ready.get()) {
			return Optional.empty();
		}
		boolean exporting = network.hub(c.origin())
			.map(h -> settings.eac().exportCountries().contains(h.country().value()))
			.orElse(false);
		if (!exporting) {
			return Optional.empty();
		}
		List<String> onBoard = ConsignmentEntries.waybills(consignments.parcelsOf(c.id()));
		if (onBoard.isEmpty()) {
			return Optional.empty();
		}
		String mawb = c.masterWaybill();
		Optional<ConsignmentEntry> declared = store.of(c.id(), EntryDirection.EXPORT);
		if (declared.isEmpty()) {
			return Optional.of(new Refusal(Reason.NOT_DECLARED,
					"Consignment " + mawb + " has no export entry: declare it to the customs of " + c.origin()
							+ " (POST /api/v1/consignments/" + c.id() + "/export-declaration) before it departs"));
		}
		ConsignmentEntry entry = declared.get();
		return switch (entry.status()) {
			case RELEASED -> store.waybills(entry.id()).equals(onBoard) ? Optional.empty()
					: Optional.of(new Refusal(Reason.CHANGED, "Consignment " + mawb + ": its parcels changed after "
							+ "export entry " + entry.reference() + " was released; declare it again"));
			case QUERIED -> Optional.of(new Refusal(Reason.QUERIED, "Consignment " + mawb + ": the " + entry.authority()
					+ " queried export entry " + entry.reference() + ": " + entry.reason()));
			case SUBMITTED, ACCEPTED ->
				Optional.of(new Refusal(Reason.PENDING, "Consignment " + mawb + ": export entry " + entry.reference()
						+ " is " + entry.status() + ", not yet released by the " + entry.authority()));
		};
	}

}
