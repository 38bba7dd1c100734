package org.isoko.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isoko.catalog.CatalogManagement;
import org.isoko.catalog.CoffeeAttributes;
import org.isoko.catalog.CoffeeProcess;
import org.isoko.catalog.ProducerKind;
import org.isoko.catalog.Provenance;
import org.isoko.network.CorridorId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The new-lot form as typed: stock, price, provenance, coffee attributes (coffee only),
 * story and corridors.
 */
class LotForm {

	private @Nullable String product;

	private @Nullable String reference;

	private @Nullable String quantity;

	private @Nullable String price;

	private @Nullable String minOrderQuantity = "1";

	private @Nullable String originCountry;

	private @Nullable String originRegion;

	private @Nullable String producerName;

	private @Nullable String producerKind;

	private @Nullable String harvestedOn;

	private @Nullable String process;

	private @Nullable String grade;

	private @Nullable String cupScore;

	private @Nullable String altitudeMeters;

	private @Nullable String story;

	/** The story in other languages, by language, as typed. */
	private final Map<String, @Nullable String> storyTranslations = new LinkedHashMap<>();

	private List<String> corridors = new ArrayList<>();

	/**
	 * The lot, or null with the problems next to their fields; the price is in
	 * {@code currency}, the seller's.
	 */
	CatalogManagement.@Nullable NewLot lot(CurrencyCode currency, BindingResult errors) {
		String ref = SellerForms.required(reference, "reference", errors);
		Integer units = SellerForms.whole(quantity, "quantity", errors);
		BigDecimal amount = SellerForms.decimal(price, "price", errors);
		Money unitPrice = amount == null ? null : SellerForms.parse(amount.toPlainString(), "price",
				"catalog.error.price", errors, a -> Money.of(new BigDecimal(a), currency));
		Integer minimum = SellerForms.whole(minOrderQuantity, "minOrderQuantity", errors);
		CountryCode country = SellerForms.parse(SellerForms.required(originCountry, "originCountry", errors),
				"originCountry", "catalog.error.originCountry", errors, CountryCode::of);
		String region = SellerForms.required(originRegion, "originRegion", errors);
		String producer = SellerForms.required(producerName, "producerName", errors);
		ProducerKind kind = SellerForms.choice(producerKind, ProducerKind.class, "producerKind", errors);
		LocalDate harvested = SellerForms.optionalDate(harvestedOn, "harvestedOn", errors);
		CoffeeAttributes coffee = new CoffeeAttributes(
				SellerForms.optionalChoice(process, CoffeeProcess.class, "process", errors),
				SellerForms.optional(grade), SellerForms.optionalDecimal(cupScore, "cupScore", errors),
				SellerForms.optionalWhole(altitudeMeters, "altitudeMeters", errors));
		if (errors.hasErrors() || ref == null || units == null || unitPrice == null || minimum == null
				|| country == null || region == null || producer == null || kind == null) {
			return null;
		}
		return new CatalogManagement.NewLot(ref, units, unitPrice, minimum,
				new Provenance(country, region, producer, kind, harvested), coffee, SellerForms.optional(story),
				translations());
	}

	private Map<String, String> translations() {
		Map<String, String> stories = new LinkedHashMap<>();
		storyTranslations.forEach((language, text) -> {
			String typed = SellerForms.optional(text);
			if (typed != null) {
				stories.put(language, typed);
			}
		});
		return stories;
	}

	List<CorridorId> corridorIds(BindingResult errors) {
		List<CorridorId> ids = new ArrayList<>();
		for (String corridor : corridors) {
			CorridorId id = SellerForms.parse(corridor, "corridors", "catalog.error.corridors", errors, CorridorId::of);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	public @Nullable String getProduct() {
		return product;
	}

	public void setProduct(@Nullable String value) {
		product = value;
	}

	public @Nullable String getReference() {
		return reference;
	}

	public void setReference(@Nullable String value) {
		reference = value;
	}

	public @Nullable String getQuantity() {
		return quantity;
	}

	public void setQuantity(@Nullable String value) {
		quantity = value;
	}

	public @Nullable String getPrice() {
		return price;
	}

	public void setPrice(@Nullable String value) {
		price = value;
	}

	public @Nullable String getMinOrderQuantity() {
		return minOrderQuantity;
	}

	public void setMinOrderQuantity(@Nullable String value) {
		minOrderQuantity = value;
	}

	public @Nullable String getOriginCountry() {
		return originCountry;
	}

	public void setOriginCountry(@Nullable String value) {
		originCountry = value;
	}

	public @Nullable String getOriginRegion() {
		return originRegion;
	}

	public void setOriginRegion(@Nullable String value) {
		originRegion = value;
	}

	public @Nullable String getProducerName() {
		return producerName;
	}

	public void setProducerName(@Nullable String value) {
		producerName = value;
	}

	public @Nullable String getProducerKind() {
		return producerKind;
	}

	public void setProducerKind(@Nullable String value) {
		producerKind = value;
	}

	public @Nullable String getHarvestedOn() {
		return harvestedOn;
	}

	public void setHarvestedOn(@Nullable String value) {
		harvestedOn = value;
	}

	public @Nullable String getProcess() {
		return process;
	}

	public void setProcess(@Nullable String value) {
		process = value;
	}

	public @Nullable String getGrade() {
		return grade;
	}

	public void setGrade(@Nullable String value) {
		grade = value;
	}

	public @Nullable String getCupScore() {
		return cupScore;
	}

	public void setCupScore(@Nullable String value) {
		cupScore = value;
	}

	public @Nullable String getAltitudeMeters() {
		return altitudeMeters;
	}

	public void setAltitudeMeters(@Nullable String value) {
		altitudeMeters = value;
	}

	public @Nullable String getStory() {
		return story;
	}

	public void setStory(@Nullable String value) {
		story = value;
	}

	public @Nullable String getStoryEn() {
		return storyTranslations.get("en");
	}

	public void setStoryEn(@Nullable String value) {
		storyTranslations.put("en", value);
	}

	public @Nullable String getStoryFr() {
		return storyTranslations.get("fr");
	}

	public void setStoryFr(@Nullable String value) {
		storyTranslations.put("fr", value);
	}

	public @Nullable String getStoryRw() {
		return storyTranslations.get("rw");
	}

	public void setStoryRw(@Nullable String value) {
		storyTranslations.put("rw", value);
	}

	public @Nullable String getStoryZh() {
		return storyTranslations.get("zh");
	}

	public void setStoryZh(@Nullable String value) {
		storyTranslations.put("zh", value);
	}

	public List<String> getCorridors() {
		return corridors;
	}

	public void setCorridors(@Nullable List<String> value) {
		corridors = value == null ? new ArrayList<>() : value;
	}

}
