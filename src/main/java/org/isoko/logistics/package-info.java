/**
 * Logistics: the parcel's journey from the seller's door to the buyer's. A parcel (house
 * waybill) is created when the seller accepts an order; the origin hub's agent receives
 * it (measured, checked against the declared weight), the plan groups received parcels of
 * a corridor into consignments (master waybills, one per departure), and every step is a
 * tracking event on the parcel's timeline, posted by agents or by carriers through a
 * signed webhook. Orders follow the parcel through ordering's
 * {@link org.isoko.ordering.OrderShipping}: received at the hub makes the order SHIPPED,
 * delivered makes it DELIVERED. The consolidation plan is plain Java in
 * {@code logistics.planning}; the printed documents (label, manifest, commercial invoice,
 * packing list) are made by the plain-Java {@code logistics.documents} package.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "network", "catalog", "ordering" })
@NullMarked
package org.isoko.logistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
