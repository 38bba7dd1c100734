/**
 * Customs: China's cross-border retail import (9610). When a parcel of a cross-border
 * e-commerce retail order arrives at a destination hub in China, the module declares its
 * four CEB messages (order, payment, waybill, inventory list; built, signed and checked
 * by the plain-Java {@code customs.ceb}) through an outbox, posts HANDED_TO_CUSTOMS on
 * the parcel (the order goes IN_CUSTOMS) and, on the release receipt, RELEASED_BY_CUSTOMS
 * (the order is CLEARED); delivery then goes on in logistics. China's customs is reached
 * through {@link org.isoko.customs.ChinaCustomsPort}: the in-process simulator, or the
 * HTTP adapter when {@code isoko.customs.china.base-url} is set.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "network", "catalog", "ordering", "logistics" })
@NullMarked
package org.isoko.customs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
