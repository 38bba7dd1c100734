/**
 * The in-process payment provider simulators (MTN MoMo Open API, the signed-notification
 * wallet) that speak the real providers' protocols, for demos and tests; they run only
 * when {@link org.isoko.payments.simulator.SimulatorsEnabled} says so. Internal to the
 * payments module.
 */
@NullMarked
package org.isoko.payments.simulator;

import org.jspecify.annotations.NullMarked;
