package org.isoko.logistics;

import org.isoko.shared.Conflict;

/**
 * A consignment may not depart yet (409): a {@link DepartureClearance} refused it, for
 * the reason it names.
 */
public class DepartureNotCleared extends Conflict {

	private final DepartureClearance.Refusal refusal;

	public DepartureNotCleared(DepartureClearance.Refusal refusal) {
		super(refusal.detail());
		this.refusal = refusal;
	}

	public DepartureClearance.Refusal refusal() {
		return refusal;
	}

}
