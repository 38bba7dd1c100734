package org.isoko.customs;

/**
 * Which way a consignment's entry declares its goods: out of the origin, into the
 * destination.
 */
public enum EntryDirection {

	EXPORT, IMPORT

}
