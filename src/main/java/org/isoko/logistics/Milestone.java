package org.isoko.logistics;

/**
 * The standard milestones of a parcel's journey, in the order they normally happen. A
 * parcel's status is the milestone of its latest event (by when it happened, not when we
 * heard of it). The customs module will post HANDED_TO_CUSTOMS and RELEASED_BY_CUSTOMS.
 */
public enum Milestone {

	LABEL_CREATED, RECEIVED_AT_ORIGIN, IN_CONSIGNMENT, DEPARTED, ARRIVED_AT_DESTINATION, HANDED_TO_CUSTOMS,
	RELEASED_BY_CUSTOMS, OUT_FOR_DELIVERY, DELIVERED,
	/**
	 * Something went wrong (damaged, refused, address unknown...): always with a reason.
	 */
	EXCEPTION;

	/** What a destination agent or a last-mile carrier may post by hand. */
	public boolean postedAtDestination() {
		return this == ARRIVED_AT_DESTINATION || this == OUT_FOR_DELIVERY || this == DELIVERED || this == EXCEPTION;
	}

}
