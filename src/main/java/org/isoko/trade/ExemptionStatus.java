package org.isoko.trade;

/** Where a buyer's tax-exemption certificate stands with its hub operator. */
public enum ExemptionStatus {

	/** Declared by the buyer, not yet checked: no exemption in quotes. */
	PENDING,
	/** Checked and approved by the hub operator: exempt while valid. */
	APPROVED,
	/** Refused by the hub operator, with a reason: no exemption. */
	REFUSED

}
