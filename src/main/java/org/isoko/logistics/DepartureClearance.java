package org.isoko.logistics;

import java.util.Optional;

/**
 * The seam through which another module (customs: the export declaration at origin) may
 * hold a consignment at its hub: {@link Consignments#depart} asks every implementation
 * before the consignment leaves and refuses (409) with the first refusal. Logistics
 * defines the contract and knows nothing of who fills it, as ordering's
 * {@code PaymentStep} is filled by payments.
 */
public interface DepartureClearance {

	/** Why a consignment may not leave yet. */
	enum Reason {

		/** Nothing declared yet for the goods on board. */
		NOT_DECLARED,
		/** Declared; the authority has not released it yet. */
		PENDING,
		/** The authority asked a question: answer and declare again. */
		QUERIED,
		/** Parcels were loaded or unloaded after the declaration: declare again. */
		CHANGED

	}

	/**
	 * A refusal: the reason (shown in the agent's language) and a sentence in English for
	 * the API's problem detail.
	 */
	record Refusal(Reason reason, String detail) {
	}

	/** Why the consignment may not leave now; empty when it may. */
	Optional<Refusal> refusal(Consignment consignment);

}
