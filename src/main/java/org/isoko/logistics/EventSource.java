package org.isoko.logistics;

/** Who told us of a tracking event. */
public enum EventSource {

	SYSTEM, AGENT, CARRIER

}
