package org.isoko.customs;

/**
 * Where a declaration stands: declared (messages on their way or with customs), released,
 * held (with the failing checks or the officer's reason), rejected (goods returned), or
 * in error (customs could not read a message: CEB900).
 */
public enum DeclarationStatus {

	DECLARED, RELEASED, HELD, REJECTED, ERROR

}
