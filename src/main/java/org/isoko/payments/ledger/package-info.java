/**
 * The double-entry ledger as a pure domain model, after TigerBeetle's data model:
 * accounts per owner and currency, immutable transfers grouped into linked postings that
 * commit entirely or not at all, two-phase holds, reversing corrections and balance
 * limits. No Spring here (checked by an ArchUnit test); the JDBC store lives in the
 * module.
 */
@NullMarked
package org.isoko.payments.ledger;

import org.jspecify.annotations.NullMarked;
