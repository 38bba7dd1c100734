package org.isoko.logistics.documents;

import org.isoko.shared.HubCode;

/** A hub as a document prints it: its code (KGL) and its name (Kigali). */
public record Hub(HubCode code, String name) {

	public Hub {
		if (code == null) {
			throw new IllegalArgumentException("A hub needs its code");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A hub needs its name");
		}
	}

}
