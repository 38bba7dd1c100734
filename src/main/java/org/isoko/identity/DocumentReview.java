package org.isoko.identity;

/** Where one uploaded seller document stands with the hub operator. */
public enum DocumentReview {

	/** Uploaded, not looked at yet. */
	PENDING,
	/** The operator checked it against what the seller registered. */
	CHECKED,
	/** The operator refused it, with a reason the seller reads. */
	REFUSED

}
