package org.isoko.catalog;

/**
 * What the seller console's overview counts. Low stock: at most a tenth of the lot left,
 * but not sold out.
 */
public record SellerOverview(long products, long lots, long lowStock, long soldOut, long listed, long paused) {
}
