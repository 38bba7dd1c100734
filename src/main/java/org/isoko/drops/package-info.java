/**
 * Drops: a limited number of units of one lot sold from a start time to an end time, with
 * a cap per buyer organisation, to a rush of buyers. Hubs schedule and close them; buyers
 * order through the page or the API, and the database decides who gets the last units
 * (claims are written in group-committed batches). A drop order is a normal order of the
 * ordering module, written through its placement interface
 * ({@link org.isoko.ordering.placement.OrderBatches},
 * {@link org.isoko.ordering.placement.OrderNumbers},
 * {@link org.isoko.ordering.placement.IdempotencyRecords}); when one expires or is
 * cancelled its units come back to the drop through
 * {@link org.isoko.ordering.ReturnedUnits}, which this module implements, so ordering
 * does not depend on drops. The drops API answers with an order in the orders API's JSON
 * shape ({@link org.isoko.ordering.web.OrderJson}, named interface {@code api}).
 * <p>
 * Drops own the tables {@code ordering_drop}, {@code ordering_drop_corridor},
 * {@code ordering_drop_allocation} and {@code ordering_drop_order}: they keep the names
 * they had when drops were part of ordering (renaming them would change the schema for no
 * gain). The rush path also reads and writes ordering's {@code ordering_idempotency} rows
 * in the same statements and batches as before, so that a rush costs what it did.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "network", "catalog", "trade", "ordering",
		"ordering :: placement", "ordering :: api" })
@NullMarked
package org.isoko.drops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
