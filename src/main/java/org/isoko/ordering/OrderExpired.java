package org.isoko.ordering;

import java.time.Instant;

import org.isoko.network.CorridorId;

/** An unpaid order expired; its stock returned. */
public record OrderExpired(OrderId order, CorridorId corridor, Instant expiredAt) implements OrderEvent {
}
