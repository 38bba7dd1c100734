/**
 * What a module that writes orders in bulk needs from ordering (the drops module's rush
 * writer): {@link org.isoko.ordering.placement.OrderBatches} (writing orders in a batch),
 * {@link org.isoko.ordering.placement.OrderNumbers} (readable order numbers),
 * {@link org.isoko.ordering.placement.IdempotencyRecords} (the Idempotency-Key records,
 * table ordering_idempotency), and the pricing and line rules an order is placed with
 * ({@link org.isoko.ordering.placement.OrderPricing},
 * {@link org.isoko.ordering.placement.PricedOrder},
 * {@link org.isoko.ordering.placement.LineRules}). A named interface, so that a module
 * declares that it places orders ({@code "ordering :: placement"}) rather than reaching
 * into ordering.
 */
@NamedInterface("placement")
@NullMarked
package org.isoko.ordering.placement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
