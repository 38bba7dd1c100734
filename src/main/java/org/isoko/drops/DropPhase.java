package org.isoko.drops;

/** Where a drop stands for a buyer at a given instant. */
public enum DropPhase {

	/** Before its start: the page counts down, orders are refused. */
	UPCOMING,
	/** Between start and end with units left: orders are taken. */
	LIVE,
	/**
	 * Between start and end with nothing left (units of unpaid orders may still come
	 * back).
	 */
	SOLD_OUT,
	/** After its end: orders are refused; what was left went back to the lot. */
	ENDED

}
