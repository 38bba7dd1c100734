/**
 * The trade domain model, plain Java (no Spring, no JDBC, nothing of the trade module
 * around it; an ArchUnit test keeps it so): rates with their validity and source, the
 * in-memory reference data, the CSV reader for the shipped files and the landed-cost
 * calculator with its own input ({@code Shipment}) and output ({@code LandedCost}) types,
 * which the module maps to its public quote.
 */
@NullMarked
package org.isoko.trade.tariff;

import org.jspecify.annotations.NullMarked;
