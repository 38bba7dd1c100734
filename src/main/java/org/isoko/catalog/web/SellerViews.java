package org.isoko.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.isoko.catalog.Category;
import org.isoko.catalog.CoffeeAttributes;
import org.isoko.catalog.ListingStatus;
import org.isoko.catalog.LotDetails;
import org.isoko.catalog.LotDocument;
import org.isoko.catalog.LotId;
import org.isoko.catalog.Product;
import org.isoko.catalog.ProductId;
import org.isoko.catalog.ProductText;
import org.isoko.catalog.Provenance;
import org.isoko.network.Corridor;
import org.isoko.network.CorridorId;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the seller API answers: a product, and a lot with its stock, documents and
 * listings.
 */
final class SellerViews {

	private SellerViews() {
	}

	record ProductView(ProductId id, Category category, String hsCode, String unitOfSale, long netWeightGrams,
			long grossWeightGrams, List<ProductText> texts) {

		static ProductView of(Product row) {
			return new ProductView(row.id(), row.category(), row.hsCode().formatted(), row.unitOfSale(),
					row.netWeightGrams(), row.grossWeightGrams(), ordered(row.texts()));
		}
	}

	/**
	 * {@code reservedOrSold} are units no longer available: reserved by open orders or
	 * sold.
	 */
	record StockView(int total, int available, int reservedOrSold, boolean soldOut, boolean lowStock) {

		static StockView of(LotDetails lot) {
			return new StockView(lot.quantityTotal(), lot.available(), lot.quantityTotal() - lot.available(),
					lot.isSoldOut(), SellerViews.isLowStock(lot));
		}
	}

	record ListingView(CorridorId corridorId, @Nullable String origin, @Nullable String destination,
			ListingStatus status, Instant listedAt, Instant changedAt) {
	}

	record LotView(LotId id, ProductId productId, String reference, Category category, String hsCode, String unitOfSale,
			List<ProductText> texts, StockView stock, Money unitPrice, int minOrderQuantity, Provenance provenance,
			CoffeeAttributes coffee, @Nullable String story, Map<String, String> storyTranslations,
			List<LotDocument> documents, List<ListingView> listings) {

		static LotView of(LotDetails lot, Function<CorridorId, @Nullable Corridor> corridors) {
			List<ListingView> listings = lot.listings().stream().map(l -> {
				Corridor corridor = corridors.apply(l.corridor());
				return new ListingView(l.corridor(), corridor == null ? null : corridor.origin().value(),
						corridor == null ? null : corridor.destination().value(), l.status(), l.listedAt(),
						l.changedAt());
			}).toList();
			return new LotView(lot.id(), lot.productId(), lot.reference(), lot.category(), lot.hsCode().formatted(),
					lot.unitOfSale(), ordered(lot.texts()), StockView.of(lot), lot.unitPrice(), lot.minOrderQuantity(),
					lot.provenance(), lot.coffee(), lot.story(), lot.storyTranslations(), lot.documents(), listings);
		}
	}

	/** Texts in the order en, fr, rw, zh, whatever order they were stored in. */
	static List<ProductText> ordered(Map<String, ProductText> texts) {
		return LotDetails.FALLBACK_LANGUAGES.stream().map(texts::get).filter(Objects::nonNull).toList();
	}

	/**
	 * At most a tenth of the lot left, but not sold out: time to restock or to let buyers
	 * know.
	 */
	static boolean isLowStock(LotDetails lot) {
		return lot.available() > 0 && lot.available() * 10L <= lot.quantityTotal();
	}

}
