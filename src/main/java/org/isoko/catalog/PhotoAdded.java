package org.isoko.catalog;

import java.util.UUID;

import org.isoko.identity.UserId;
import org.jspecify.annotations.Nullable;

/** A seller added a photo to a product or a lot. */
public record PhotoAdded(UUID photo, ProductId product, @Nullable LotId lot, UserId by) {
}
