package org.isoko.catalog.web;

import java.util.List;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.Category;
import org.isoko.catalog.ProductText;
import org.isoko.shared.HsCode;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The new-product form as typed: what the product is, its HS code, unit of sale and
 * weights, and its texts.
 */
class ProductForm extends ProductTextsForm {

	private @Nullable String category;

	private @Nullable String hsCode;

	private @Nullable String unitOfSale;

	private @Nullable String netWeightGrams;

	private @Nullable String grossWeightGrams;

	/** The product, or null with the problems next to their fields. */
	CatalogManagement.@Nullable NewProduct product(BindingResult errors) {
		Category kind = SellerForms.choice(category, Category.class, "category", errors);
		HsCode hs = SellerForms.parse(SellerForms.required(hsCode, "hsCode", errors), "hsCode", "catalog.error.hsCode",
				errors, HsCode::of);
		String unit = SellerForms.required(unitOfSale, "unitOfSale", errors);
		Integer net = SellerForms.whole(netWeightGrams, "netWeightGrams", errors);
		Integer gross = SellerForms.whole(grossWeightGrams, "grossWeightGrams", errors);
		List<ProductText> texts = texts(errors);
		if (errors.hasErrors() || kind == null || hs == null || unit == null || net == null || gross == null) {
			return null;
		}
		return new CatalogManagement.NewProduct(kind, hs, unit, net, gross, texts);
	}

	public @Nullable String getCategory() {
		return category;
	}

	public void setCategory(@Nullable String value) {
		category = value;
	}

	public @Nullable String getHsCode() {
		return hsCode;
	}

	public void setHsCode(@Nullable String value) {
		hsCode = value;
	}

	public @Nullable String getUnitOfSale() {
		return unitOfSale;
	}

	public void setUnitOfSale(@Nullable String value) {
		unitOfSale = value;
	}

	public @Nullable String getNetWeightGrams() {
		return netWeightGrams;
	}

	public void setNetWeightGrams(@Nullable String value) {
		netWeightGrams = value;
	}

	public @Nullable String getGrossWeightGrams() {
		return grossWeightGrams;
	}

	public void setGrossWeightGrams(@Nullable String value) {
		grossWeightGrams = value;
	}

}
