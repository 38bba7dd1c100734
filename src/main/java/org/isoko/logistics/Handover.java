package org.isoko.logistics;

/** How the parcel reaches the origin hub: the seller brings it, or asks for a pickup. */
public enum Handover {

	DROP_OFF, PICKUP

}
