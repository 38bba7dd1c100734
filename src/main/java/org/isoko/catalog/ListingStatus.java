package org.isoko.catalog;

/** Whether buyers on a corridor can order a lot right now. */
public enum ListingStatus {

	LISTED, PAUSED

}
