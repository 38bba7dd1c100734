/**
 * Ordering: a buyer's cart, checkout into one order per seller, stock reservations that
 * expire, and the order state machine (placed, paid, accepted, shipped, delivered,
 * completed; expired, declined, cancelled, refunded) with its history of who did what,
 * when and why. Orders charge the landed cost of a trade quote (kept with the order) and
 * enforce China's cross-border retail limits through the trade module's quota. Public
 * API: {@link org.isoko.ordering.OrderId}, {@link org.isoko.ordering.OrderStatus},
 * {@link org.isoko.ordering.OrderCharges}, the past-tense order events, and the seams the
 * payments module fills without ordering depending on it:
 * {@link org.isoko.ordering.PaymentStep} and {@link org.isoko.ordering.PaymentHistory}
 * (it implements them), {@link org.isoko.ordering.PaymentSettled} and
 * {@link org.isoko.ordering.RefundedInFull} (its events implement them; ordering
 * listens). The drops module places orders in bulk through the named interface
 * {@code placement} ({@link org.isoko.ordering.placement}) and takes back the units of
 * its orders through {@link org.isoko.ordering.ReturnedUnits}, which it implements, so
 * ordering does not depend on drops. HTTP lives in {@code ordering.web}, demo data in
 * {@code ordering.demo}.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "network", "catalog", "trade" })
@NullMarked
package org.isoko.ordering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
