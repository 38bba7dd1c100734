package org.isoko.catalog;

import java.util.UUID;

import org.isoko.identity.UserId;
import org.jspecify.annotations.Nullable;

/** A seller removed a photo of a product or a lot. */
public record PhotoRemoved(UUID photo, ProductId product, @Nullable LotId lot, UserId by) {
}
