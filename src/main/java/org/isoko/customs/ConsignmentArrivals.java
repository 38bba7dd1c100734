package org.isoko.customs;

import org.isoko.logistics.ParcelArrived;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Declares for import the consignment a parcel arrived with, at a Kenyan or Rwandan hub.
 * A consignment's arrival publishes one {@link ParcelArrived} per parcel; the first one
 * declares them all and the others find the entry. Declaring is serialised here (one at a
 * time in this instance, each committed before the next) so that two parcels of one
 * consignment do not both start an entry; a second instance losing the same race fails on
 * the entry's unique key and its event is delivered again at restart, finding the entry.
 */
@Component
class ConsignmentArrivals {

	private final ConsignmentEntries entries;

	ConsignmentArrivals(ConsignmentEntries entries) {
		this.entries = entries;
	}

	@Async
	@TransactionalEventListener
	synchronized void on(ParcelArrived arrived) {
		entries.declareImport(arrived.parcel());
	}

}
