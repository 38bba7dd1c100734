/**
 * The orders' and carts' REST API ({@code /api/v1/orders}, {@code /api/v1/cart}) and
 * pages ({@code /cart}, {@code /orders}). Internal to the ordering module, except the
 * named interface {@code api}: the order as the API shows it
 * ({@link org.isoko.ordering.web.OrderJson}) and a delivery address as the API takes it
 * ({@code OrderRequests.AddressRequest}), which the drops API reuses so that an order and
 * an address have one JSON shape.
 */
@NullMarked
package org.isoko.ordering.web;

import org.jspecify.annotations.NullMarked;
