package org.isoko.ordering;

import java.time.Instant;

import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;

/**
 * Customs released a cross-border order: the duty and taxes withheld from the buyer
 * ({@code charges}) are due to the customs authority of the destination hub's country,
 * under the tax bill reference customs gave (null when it gave none).
 */
public record OrderCleared(OrderId order, Instant at, OrderCharges charges, HubCode destination,
		@Nullable String taxBill) implements OrderEvent {
}
