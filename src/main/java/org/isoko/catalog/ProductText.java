package org.isoko.catalog;

/** A product's name and description in one language (en, fr, rw or zh). */
public record ProductText(String language, String name, String description) {
}
