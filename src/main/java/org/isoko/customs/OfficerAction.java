package org.isoko.customs;

/** What an officer decided on a declaration. */
public enum OfficerAction {

	RELEASE, HOLD, REJECT

}
