package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.isoko.catalog.demo.CatalogDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The demo catalog after start-up: the lots other modules' demo data refers to, listed
 * where the demo needs them.
 */
class SellerDemoDataIntegrationTests extends SellerTestSupport {

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogDemoData demoData;

	@Test
	void theDemoLotsExistWithTheirListings() {
		LotDetails abahuzamugambi = lot(CatalogDemoData.ABAHUZAMUGAMBI_GREEN);
		assertThat(abahuzamugambi.quantityTotal()).isEqualTo(2000);
		// Demo orders of the ordering module hold some bags; whatever they hold is not
		// available.
		assertThat(abahuzamugambi.available()).isBetween(1900, 2000);
		assertThat(abahuzamugambi.unitPrice().currency().value()).isEqualTo("RWF");
		assertThat(abahuzamugambi.hsCode().formatted()).isEqualTo("0901.11");
		assertThat(abahuzamugambi.coffee().process()).isEqualTo(CoffeeProcess.FULLY_WASHED);
		assertThat(abahuzamugambi.texts()).containsKeys("en", "zh");
		assertThat(listings(abahuzamugambi))
			.isEqualTo(Map.of("KGL → HGH", ListingStatus.LISTED, "KGL → NBO", ListingStatus.LISTED));
		assertThat(abahuzamugambi.certificatesValidOn(LocalDate.now())).extracting(LotDocument::scheme)
			.containsExactlyInAnyOrder(PreferenceScheme.CHINA_LDC, PreferenceScheme.AFCFTA);

		LotDetails nyampinga = lot(CatalogDemoData.NYAMPINGA_GREEN);
		assertThat(nyampinga.provenance().region()).contains("Nyamasheke");
		assertThat(listings(nyampinga))
			.isEqualTo(Map.of("KGL → HGH", ListingStatus.LISTED, "KGL → NBO", ListingStatus.PAUSED));
		assertThat(nyampinga.documents()).hasSize(1);
		assertThat(nyampinga.certificatesValidOn(LocalDate.now())).isEmpty();

		assertThat(lot(CatalogDemoData.ABAHUZAMUGAMBI_NATURAL).isSoldOut()).isTrue();
		assertThat(lot(CatalogDemoData.ROASTED_PACKS).hsCode().formatted()).isEqualTo("0901.21");
		assertThat(lot(CatalogDemoData.TEA).category()).isEqualTo(Category.TEA);
		assertThat(lot(CatalogDemoData.NYAMPINGA_CHILI).category()).isEqualTo(Category.SPICES);

		for (String chinese : List.of(CatalogDemoData.PULPER, CatalogDemoData.MOISTURE_METER,
				CatalogDemoData.DRYING_MESH)) {
			LotDetails lot = lot(chinese);
			assertThat(lot.unitPrice().currency().value()).isEqualTo("CNY");
			assertThat(lot.texts()).containsKeys("en", "zh");
			assertThat(listings(lot)).isEqualTo(Map.of("HGH → KGL", ListingStatus.LISTED));
		}
	}

	/**
	 * Orders read their lots in one go ({@link Catalog#lots}): the same lots as a lot
	 * page reads them one by one, texts in every language, documents and listings, only
	 * without the producer's story, which no order or quote shows.
	 */
	@Test
	void ordersReadTheirLotsAsALotPageDoesButForTheStory() {
		List<LotDetails> pages = List.of(lot(CatalogDemoData.ABAHUZAMUGAMBI_GREEN), lot(CatalogDemoData.PULPER),
				lot(CatalogDemoData.NYAMPINGA_GREEN));
		assertThat(pages.get(0).story()).isNotBlank();
		LotId unknown = LotId.random();

		Map<LotId, LotDetails> ordered = catalog
			.lots(List.of(pages.get(0).id(), unknown, pages.get(1).id(), pages.get(2).id(), pages.get(0).id()));

		assertThat(ordered.keySet()).containsExactly(pages.get(0).id(), pages.get(1).id(), pages.get(2).id());
		for (LotDetails page : pages) {
			assertThat(ordered.get(page.id())).isEqualTo(withoutStory(page));
		}
	}

	private static LotDetails withoutStory(LotDetails lot) {
		return new LotDetails(lot.id(), lot.productId(), lot.seller(), lot.category(), lot.hsCode(), lot.unitOfSale(),
				lot.netWeightGrams(), lot.grossWeightGrams(), lot.texts(), lot.reference(), lot.quantityTotal(),
				lot.available(), lot.unitPrice(), lot.minOrderQuantity(), lot.provenance(), lot.coffee(), null,
				Map.of(), lot.documents(), lot.listings());
	}

	@Test
	void aSecondStartChangesNothing() throws Exception {
		String before = catalogRows();
		demoData.run(new DefaultApplicationArguments());
		assertThat(catalogRows()).isEqualTo(before);
	}

	LotDetails lot(String reference) {
		return catalog.lot(LotId.of(lotId(reference))).orElseThrow();
	}

	Map<String, ListingStatus> listings(LotDetails lot) {
		return lot.listings().stream().collect(Collectors.toMap(l -> {
			var corridor = network.corridor(l.corridor()).orElseThrow();
			return corridor.origin() + " → " + corridor.destination();
		}, Listing::status));
	}

}
