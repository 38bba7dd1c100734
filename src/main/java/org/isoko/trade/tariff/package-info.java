/**
 * The trade domain model, plain Java (no Spring, no JDBC; an ArchUnit test keeps it so):
 * rates with their validity and source, the in-memory reference data, the CSV reader for
 * the shipped files and the landed-cost calculator.
 */
@NullMarked
package org.isoko.trade.tariff;

import org.jspecify.annotations.NullMarked;
