package org.isoko.customs;

import org.isoko.logistics.ParcelArrived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A parcel that arrived at its destination hub is declared when customs there takes it
 * (after the arrival commits, in a transaction of its own; a redelivered event finds the
 * declaration made).
 */
@Component
class ParcelArrivals {

	private final Declarations declarations;

	ParcelArrivals(Declarations declarations) {
		this.declarations = declarations;
	}

	@ApplicationModuleListener
	void on(ParcelArrived arrived) {
		declarations.declare(arrived.parcel());
	}

}
