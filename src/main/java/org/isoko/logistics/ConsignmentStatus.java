package org.isoko.logistics;

/**
 * OPEN takes parcels until its cut-off; CLOSED is sealed (its manifest is final);
 * DEPARTED and ARRIVED follow the departure.
 */
public enum ConsignmentStatus {

	OPEN, CLOSED, DEPARTED, ARRIVED

}
