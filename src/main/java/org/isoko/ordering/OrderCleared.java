package org.isoko.ordering;

import java.time.Instant;

/** Customs released a cross-border order. */
public record OrderCleared(OrderId order, Instant at) implements OrderEvent {
}
