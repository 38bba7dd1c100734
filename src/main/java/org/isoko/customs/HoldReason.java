package org.isoko.customs;

/**
 * Why an officer holds a declaration: shown (in their language) to the officer, the
 * buyer, the seller and the hub operator, with the officer's free note.
 */
public enum HoldReason {

	/** A document is missing or must be corrected (e.g. the waybill's weight). */
	DOCUMENT_REQUESTED,
	/** The parcel is opened and inspected. */
	PHYSICAL_INSPECTION,
	/** The declared value must be justified (invoice, payment). */
	VALUE_CHECK,
	/** The orderer's identity must be confirmed. */
	IDENTITY_CHECK

}
