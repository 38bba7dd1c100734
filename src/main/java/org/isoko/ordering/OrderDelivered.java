package org.isoko.ordering;

import java.time.Instant;

import org.isoko.identity.UserId;

/** The buyer confirmed delivery. */
public record OrderDelivered(OrderId order, UserId buyer, Instant deliveredAt) implements OrderEvent {
}
