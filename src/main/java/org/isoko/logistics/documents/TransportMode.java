package org.isoko.logistics.documents;

/** How a consignment travels; its manifest names it in the reader's language. */
public enum TransportMode {

	AIR, ROAD, SEA

}
