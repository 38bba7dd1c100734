package org.isoko.catalog.web;

import org.jspecify.annotations.Nullable;

/**
 * The small forms of the lot page: a quantity (restock, withdraw), a price, a corridor to
 * list on.
 */
final class SellerLotForms {

	private SellerLotForms() {
	}

	static class QuantityForm {

		private @Nullable String quantity;

		public @Nullable String getQuantity() {
			return quantity;
		}

		public void setQuantity(@Nullable String value) {
			quantity = value;
		}

	}

	static class PriceForm {

		private @Nullable String amount;

		public @Nullable String getAmount() {
			return amount;
		}

		public void setAmount(@Nullable String value) {
			amount = value;
		}

	}

	static class ListingForm {

		private @Nullable String corridor;

		public @Nullable String getCorridor() {
			return corridor;
		}

		public void setCorridor(@Nullable String value) {
			corridor = value;
		}

	}

}
