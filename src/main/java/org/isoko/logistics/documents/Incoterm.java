package org.isoko.logistics.documents;

/**
 * The Incoterms 2020 rules: who pays for carriage, insurance and duties, and where the
 * risk passes from seller to buyer. Printed on the commercial invoice and packing list
 * with the named place ("DAP Hangzhou").
 */
public enum Incoterm {

	/** Ex works. */
	EXW,
	/** Free carrier. */
	FCA,
	/** Carriage paid to. */
	CPT,
	/** Carriage and insurance paid to. */
	CIP,
	/** Delivered at place. */
	DAP,
	/** Delivered at place unloaded. */
	DPU,
	/** Delivered duty paid. */
	DDP,
	/** Free alongside ship (sea only). */
	FAS,
	/** Free on board (sea only). */
	FOB,
	/** Cost and freight (sea only). */
	CFR,
	/** Cost, insurance and freight (sea only). */
	CIF

}
