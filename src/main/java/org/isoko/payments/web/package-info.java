/**
 * Payments' REST API (payouts, the ledger's trial balance, reconciliation, stopped
 * polling, {@code /api/v1/orders/{id}/refunds}), its pages (seller payouts, the ledger,
 * stopped payments, refunds) and the providers' callbacks
 * ({@code /api/v1/payments/callbacks/...}). Internal to the payments module.
 */
@NullMarked
package org.isoko.payments.web;

import org.jspecify.annotations.NullMarked;
