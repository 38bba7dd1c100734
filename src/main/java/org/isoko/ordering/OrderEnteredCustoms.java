package org.isoko.ordering;

import java.time.Instant;

/** A cross-border order was declared at the destination's customs. */
public record OrderEnteredCustoms(OrderId order, Instant at) implements OrderEvent {
}
