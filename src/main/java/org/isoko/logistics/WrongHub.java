package org.isoko.logistics;

import org.springframework.security.access.AccessDeniedException;

/**
 * An agent acted on a parcel or consignment of another hub: refused (403) with the
 * reason, so that the agent at the counter knows where the parcel belongs.
 */
public class WrongHub extends AccessDeniedException {

	public WrongHub(String message) {
		super(message);
	}

}
