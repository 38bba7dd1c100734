package org.isoko.customs;

/**
 * Where a consignment's entry stands: submitted (on its way to the authority), accepted
 * (entered, under examination), released (exit note or release number) or queried (with
 * the authority's reason; answered by submitting it again).
 */
public enum EntryStatus {

	SUBMITTED, ACCEPTED, RELEASED, QUERIED;

	/** The authority or its officer may still decide. */
	public boolean isOpen() {
		return this == SUBMITTED || this == ACCEPTED;
	}

}
