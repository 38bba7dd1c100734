package org.isoko.logistics;

/** How a consignment leaves the hub. */
public enum DepartureMode {

	FLIGHT, TRUCK, SEA

}
