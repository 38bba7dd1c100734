package org.isoko.logistics;

import java.time.Instant;

import org.isoko.ordering.OrderId;

/** An accepted order's parcel was created: its label can be printed. */
public record ParcelCreated(ParcelId parcel, Waybill waybill, OrderId order, Instant createdAt) {
}
