package org.isoko.logistics;

import org.isoko.ordering.OrderAccepted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A seller accepted an order: its parcel and label are created. */
@Component
class ParcelCreation {

	private final Parcels parcels;

	ParcelCreation(Parcels parcels) {
		this.parcels = parcels;
	}

	@ApplicationModuleListener
	void on(OrderAccepted event) {
		parcels.createFor(event.order(), event.acceptedAt());
	}

}
