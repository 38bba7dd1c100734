package org.isoko.catalog;

/** A seller wrote or rewrote a product's name and description in one language. */
public record ProductTextSaved(ProductId product, String language) {
}
