/**
 * Payments: the double-entry ledger (sub-package {@code ledger}), escrow of order
 * payments, payment providers (MTN MoMo Open API style mobile money, a
 * signed-notification wallet for buyers in China) with simulators that speak the same
 * protocols, seller payouts, refunds, idempotent money-moving calls and reconciliation.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "network", "ordering", "logistics" })
@NullMarked
package org.isoko.payments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
