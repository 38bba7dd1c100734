package org.isoko.catalog.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.isoko.catalog.ProductText;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A product's name, description and (optional) unit of sale in en, fr, rw and zh, as
 * typed; a language left empty is not saved.
 */
class ProductTextsForm {

	static final List<String> LANGUAGES = List.of("en", "fr", "rw", "zh");

	private @Nullable String nameEn;

	private @Nullable String descriptionEn;

	private @Nullable String nameFr;

	private @Nullable String descriptionFr;

	private @Nullable String nameRw;

	private @Nullable String descriptionRw;

	private @Nullable String nameZh;

	private @Nullable String descriptionZh;

	private final Map<String, @Nullable String> units = new HashMap<>();

	void fill(Map<String, ProductText> texts) {
		texts.values().forEach(t -> {
			set(t.language(), t.name(), t.description());
			units.put(t.language(), t.unitOfSale());
		});
	}

	/**
	 * The languages filled in; both name and description are needed for a language, and
	 * one language at least.
	 */
	List<ProductText> texts(BindingResult errors) {
		List<ProductText> texts = new ArrayList<>();
		for (String language : LANGUAGES) {
			String suffix = Character.toUpperCase(language.charAt(0)) + language.substring(1);
			String name = SellerForms.optional(name(language));
			String description = SellerForms.optional(description(language));
			if (name == null && description == null) {
				continue;
			}
			if (name == null || name.length() > 200) {
				errors.rejectValue("name" + suffix, "catalog.error.name", "Give a name of at most 200 characters");
			}
			if (description == null || description.length() > 4000) {
				errors.rejectValue("description" + suffix, "catalog.error.description",
						"Give a description of at most 4000 characters");
			}
			String unit = SellerForms.optional(units.get(language));
			if (unit != null && unit.length() > 120) {
				errors.rejectValue("unitOfSale" + suffix, "catalog.error.unitOfSale",
						"Give a unit of sale of at most 120 characters");
			}
			if (name != null && description != null) {
				texts.add(new ProductText(language, name, description, unit));
			}
		}
		if (texts.isEmpty() && !errors.hasFieldErrors("nameEn") && !errors.hasFieldErrors("descriptionEn")) {
			errors.rejectValue("nameEn", "catalog.error.texts",
					"Give the product a name and description in at least one language");
		}
		return texts;
	}

	@Nullable String name(String language) {
		return switch (language) {
			case "en" -> nameEn;
			case "fr" -> nameFr;
			case "rw" -> nameRw;
			default -> nameZh;
		};
	}

	@Nullable String description(String language) {
		return switch (language) {
			case "en" -> descriptionEn;
			case "fr" -> descriptionFr;
			case "rw" -> descriptionRw;
			default -> descriptionZh;
		};
	}

	private void set(String language, String name, String description) {
		switch (language) {
			case "en" -> {
				nameEn = name;
				descriptionEn = description;
			}
			case "fr" -> {
				nameFr = name;
				descriptionFr = description;
			}
			case "rw" -> {
				nameRw = name;
				descriptionRw = description;
			}
			case "zh" -> {
				nameZh = name;
				descriptionZh = description;
			}
			default -> {
			}
		}
	}

	public @Nullable String getUnitOfSaleEn() {
		return units.get("en");
	}

	public void setUnitOfSaleEn(@Nullable String value) {
		units.put("en", value);
	}

	public @Nullable String getUnitOfSaleFr() {
		return units.get("fr");
	}

	public void setUnitOfSaleFr(@Nullable String value) {
		units.put("fr", value);
	}

	public @Nullable String getUnitOfSaleRw() {
		return units.get("rw");
	}

	public void setUnitOfSaleRw(@Nullable String value) {
		units.put("rw", value);
	}

	public @Nullable String getUnitOfSaleZh() {
		return units.get("zh");
	}

	public void setUnitOfSaleZh(@Nullable String value) {
		units.put("zh", value);
	}

	public @Nullable String getNameEn() {
		return nameEn;
	}

	public void setNameEn(@Nullable String value) {
		nameEn = value;
	}

	public @Nullable String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(@Nullable String value) {
		descriptionEn = value;
	}

	public @Nullable String getNameFr() {
		return nameFr;
	}

	public void setNameFr(@Nullable String value) {
		nameFr = value;
	}

	public @Nullable String getDescriptionFr() {
		return descriptionFr;
	}

	public void setDescriptionFr(@Nullable String value) {
		descriptionFr = value;
	}

	public @Nullable String getNameRw() {
		return nameRw;
	}

	public void setNameRw(@Nullable String value) {
		nameRw = value;
	}

	public @Nullable String getDescriptionRw() {
		return descriptionRw;
	}

	public void setDescriptionRw(@Nullable String value) {
		descriptionRw = value;
	}

	public @Nullable String getNameZh() {
		return nameZh;
	}

	public void setNameZh(@Nullable String value) {
		nameZh = value;
	}

	public @Nullable String getDescriptionZh() {
		return descriptionZh;
	}

	public void setDescriptionZh(@Nullable String value) {
		descriptionZh = value;
	}

}
