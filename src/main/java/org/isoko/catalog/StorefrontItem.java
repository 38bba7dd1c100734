package org.isoko.catalog;

import java.math.BigDecimal;

import org.isoko.network.CorridorId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One search result: a lot as offered on one corridor into the buyer's country.
 * {@code language} is the language of {@code name} and {@code description}: the buyer's
 * own when the seller wrote in it, else the fallback used; {@code unitOfSaleLanguage}
 * likewise for {@code unitOfSale}. {@code buyerPrice} is {@code sellerPrice} converted
 * with {@code fx}; absent only when no rate connects the two currencies.
 * {@code reference} is the lot's reference, which tells apart two lots of one product
 * (same title) on a card.
 */
public record StorefrontItem(LotId lotId, CorridorId corridorId, String name, String description, String language,
		Category category, String unitOfSale, String unitOfSaleLanguage, String producer, String region,
		CountryCode originCountry, @Nullable CoffeeProcess process, @Nullable BigDecimal cupScore, Money sellerPrice,
		@Nullable Money buyerPrice, @Nullable StorefrontFx fx, int available, boolean soldOut, int minOrderQuantity,
		boolean certified, String reference) {
}
