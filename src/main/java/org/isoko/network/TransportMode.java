package org.isoko.network;

/** How goods travel along a corridor. A corridor may offer several. */
public enum TransportMode {

	AIR, SEA, ROAD, RAIL,
	/** Several modes in one consignment, e.g. road to Mombasa, then sea. */
	MULTIMODAL

}
