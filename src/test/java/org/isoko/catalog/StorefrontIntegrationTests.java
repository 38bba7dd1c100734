package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.isoko.identity.UserDirectory;
import org.isoko.network.Network;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import jakarta.servlet.http.Cookie;

/**
 * The storefront as buyers and programs meet it: {@code /api/v1/listings},
 * {@code /api/v1/lots/{id}}, {@code /shop} and {@code /lots/{id}}, over lots created
 * through the seller commands (see {@link StorefrontFixtures}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class StorefrontIntegrationTests {

	/** The cookie that remembers an anonymous buyer's destination country. */
	static final String DESTINATION_COOKIE = "isoko-destination";

	static final String M = StorefrontFixtures.MARKER;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	SearchIndex index;

	@Autowired
	Network network;

	@Autowired
	Stock stock;

	@Autowired
	org.isoko.network.FxRates fx;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	UserDirectory users;

	StorefrontFixtures lots;

	@BeforeEach
	void fixtures() {
		lots = StorefrontFixtures.load(catalog, index, network, users, jdbc, tx);
	}

	ResultActions listings(String query) throws Exception {
		return mvc.perform(get("/api/v1/listings?" + query));
	}

	List<String> names(String query) throws Exception {
		String body = listings(query).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.items[*].name");
	}

	List<String> lotIds(String query) throws Exception {
		String body = listings(query).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.items[*].lotId");
	}

	static void expectProblem(ResultActions result, int status, String field, String messagePart) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString(messagePart)));
	}

	// ---- text search

	@Test
	void findsLotsByEnglishWordsAsPrefixes() throws Exception {
		assertThat(names("destination=CN&lang=en&q=huye+" + M)).containsExactly("Huye Mountain fully washed " + M);
		assertThat(names("destination=CN&lang=en&q=nyama+" + M)).containsExactly("Nyamasheke natural " + M);
		// Accents and case do not matter; descriptions and producers count too.
		assertThat(names("destination=CN&lang=en&q=CITRÚS+" + M)).containsExactly("Huye Mountain fully washed " + M);
		assertThat(names("destination=CN&lang=en&q=rukeri+estate+" + M)).containsExactly("Rukeri black tea " + M);
	}

	@Test
	void findsChineseLotsByChineseQueriesAndShowsThemInChinese() throws Exception {
		listings("destination=CN&lang=zh&q=咖啡+" + M).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].lotId").value(lots.huye.toString()))
			.andExpect(jsonPath("$.items[0].name").value("胡耶山水洗咖啡 " + M))
			.andExpect(jsonPath("$.items[0].language").value("zh"));
		// Three characters: both character pairs must be there; a single character is
		// enough on its own.
		assertThat(lotIds("destination=CN&lang=zh&q=水洗咖啡+" + M)).containsExactly(lots.huye.toString());
		assertThat(lotIds("destination=CN&lang=zh&q=咖+" + M)).containsExactly(lots.huye.toString());
		assertThat(lotIds("destination=CN&lang=zh&q=咖茶+" + M)).isEmpty();
	}

	@Test
	void fallsBackToAnotherLanguageForTextAndDisplay() throws Exception {
		// Written only in English: a Chinese visitor still finds it with an English
		// query, and reads it in English.
		listings("destination=CN&lang=zh&q=nyamasheke+" + M)
			.andExpect(jsonPath("$.items[0].name").value("Nyamasheke natural " + M))
			.andExpect(jsonPath("$.items[0].language").value("en"));
		// Written in English and Chinese: a French visitor reads English; Rukeri has
		// French and shows it.
		listings("destination=CN&lang=fr&q=huye+" + M).andExpect(jsonPath("$.items[0].language").value("en"));
		listings("destination=CN&lang=fr&q=rukeri+" + M)
			.andExpect(jsonPath("$.items[0].name").value("Thé noir de Rukeri " + M))
			.andExpect(jsonPath("$.items[0].language").value("fr"));
		// Accept-Language decides without lang.
		mvc.perform(get("/api/v1/listings?destination=CN&q=huye+" + M).header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.items[0].language").value("zh"));
	}

	// ---- filters

	@Test
	void filtersByCategoryOriginRegionAndProcess() throws Exception {
		assertThat(lotIds("destination=CN&q=" + M + "&category=TEA")).containsExactly(lots.rukeri.toString());
		assertThat(lotIds("destination=CN&q=" + M + "&category=green_coffee&sort=newest"))
			.containsExactly(lots.nyamasheke.toString(), lots.huye.toString());
		assertThat(lotIds("destination=CN&q=" + M + "&originCountry=RW")).hasSize(4);
		assertThat(lotIds("destination=CN&q=" + M + "&originCountry=KE")).isEmpty();
		assertThat(lotIds("destination=CN&q=" + M + "&region=huye")).containsExactly(lots.huye.toString());
		assertThat(lotIds("destination=CN&q=" + M + "&process=NATURAL")).containsExactly(lots.nyamasheke.toString());
	}

	@Test
	void filtersByAValidCertificateOfOrigin() throws Exception {
		// Rukeri's certificate expired two months ago; Huye's is valid.
		assertThat(lotIds("destination=CN&q=" + M + "&certified=true")).containsExactly(lots.huye.toString());
		listings("destination=CN&q=rukeri+" + M).andExpect(jsonPath("$.items[0].certified").value(false));
		listings("destination=CN&q=huye+" + M).andExpect(jsonPath("$.items[0].certified").value(true));
	}

	@Test
	void filtersByPriceInTheBuyersCurrencyWithExactBounds() throws Exception {
		// In CNY: Rukeri 23.93, Roast 57.44, Nyamasheke 1196.57, Huye 1435.89 (see
		// convertsPricesExactly).
		assertThat(lotIds("destination=CN&q=" + M + "&minPrice=50&maxPrice=1200&sort=price-asc"))
			.containsExactly(lots.roast.toString(), lots.nyamasheke.toString());
		// The bounds are inclusive and compare the converted, rounded price the buyer
		// sees.
		assertThat(lotIds("destination=CN&q=" + M + "&minPrice=1435.89")).containsExactly(lots.huye.toString());
		assertThat(lotIds("destination=CN&q=" + M + "&minPrice=1435.90")).isEmpty();
		assertThat(lotIds("destination=CN&q=" + M + "&maxPrice=23.93")).containsExactly(lots.rukeri.toString());
		assertThat(lotIds("destination=CN&q=" + M + "&maxPrice=23.92")).isEmpty();
	}

	// ---- sorting and pages

	@Test
	void sortsByPriceNewestAndCupScore() throws Exception {
		String all = "destination=CN&q=" + M + "&sort=";
		assertThat(lotIds(all + "price-asc")).containsExactly(lots.rukeri.toString(), lots.roast.toString(),
				lots.nyamasheke.toString(), lots.huye.toString());
		assertThat(lotIds(all + "price-desc")).containsExactly(lots.huye.toString(), lots.nyamasheke.toString(),
				lots.roast.toString(), lots.rukeri.toString());
		assertThat(lotIds(all + "newest")).containsExactly(lots.rukeri.toString(), lots.nyamasheke.toString(),
				lots.huye.toString(), lots.roast.toString());
		// Lots without a cup score come last, newest first among them.
		assertThat(lotIds(all + "cup-score")).containsExactly(lots.huye.toString(), lots.nyamasheke.toString(),
				lots.rukeri.toString(), lots.roast.toString());
	}

	@Test
	void ranksNameMatchesAboveDescriptionMatches() throws Exception {
		// "Kigali" is in Roast's name and in Nyamasheke's description; Nyamasheke is
		// newer, Roast is more relevant.
		assertThat(lotIds("destination=CN&q=kigali+" + M)).containsExactly(lots.roast.toString(),
				lots.nyamasheke.toString());
		assertThat(lotIds("destination=CN&q=kigali+" + M + "&sort=newest")).containsExactly(lots.nyamasheke.toString(),
				lots.roast.toString());
	}

	@Test
	void paginates() throws Exception {
		String base = "destination=CN&q=" + M + "&sort=newest&size=3";
		listings(base + "&page=0").andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.totalItems").value(4))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(3));
		assertThat(lotIds(base + "&page=1")).containsExactly(lots.roast.toString());
		assertThat(lotIds(base + "&page=7")).isEmpty();
	}

	// ---- what is visible

	@Test
	void showsOnlyLotsListedToTheDestination() throws Exception {
		assertThat(lotIds("destination=CN&q=gakenke+" + M)).isEmpty();
		listings("destination=KE&q=" + M).andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].lotId").value(lots.gakenke.toString()))
			.andExpect(jsonPath("$.items[0].corridorId").value(lots.toKenya.toString()))
			.andExpect(jsonPath("$.items[0].buyerPrice.currency").value("KES"))
			// 200,000 RWF × (1 / 11.47, the inverse of KES/RWF 11.47 of 2026-11-27) =
			// 17,436.7916… → 17,436.79 KES
			.andExpect(jsonPath("$.items[0].buyerPrice.minorUnits").value(1743679));
	}

	@Test
	void hidesPausedAndUnlistedLots() throws Exception {
		assertThat(lotIds("destination=CN&q=rulindo+" + M)).isEmpty();
		assertThat(lotIds("destination=CN&q=musanze+" + M)).isEmpty();
		mvc.perform(get("/api/v1/lots/" + lots.paused + "?destination=CN")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/lots/" + lots.unlisted + "?destination=CN")).andExpect(status().isNotFound());
	}

	@Test
	void showsSoldOutLotsAsSoldOut() throws Exception {
		listings("destination=CN&q=roast+" + M).andExpect(jsonPath("$.items[0].soldOut").value(true))
			.andExpect(jsonPath("$.items[0].available").value(0));
		listings("destination=CN&q=huye+" + M).andExpect(jsonPath("$.items[0].soldOut").value(false))
			.andExpect(jsonPath("$.items[0].available").value(40));
	}

	@Test
	void convertsPricesExactly() throws Exception {
		// 300,000 RWF × (1 / 208.93, the inverse of the stored CNY/RWF rate 208.93 of
		// 2026-11-27, to 16 digits:
		// 0.004786292059541473) = 1,435.887617862… CNY → rounded once, half-up, to the
		// fen: 1,435.89 CNY = 143,589 minor units.
		listings("destination=CN&q=huye+" + M).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].sellerPrice.minorUnits").value(300000))
			.andExpect(jsonPath("$.items[0].sellerPrice.currency").value("RWF"))
			.andExpect(jsonPath("$.items[0].buyerPrice.minorUnits").value(143589))
			.andExpect(jsonPath("$.items[0].buyerPrice.currency").value("CNY"))
			.andExpect(jsonPath("$.items[0].buyerPrice.amount").value("1435.89"))
			.andExpect(jsonPath("$.items[0].fx.rate").value(0.004786292059541473))
			.andExpect(jsonPath("$.items[0].fx.date").value("2026-11-27"))
			.andExpect(jsonPath("$.items[0].fx.source", containsString("CNY/RWF")));
		// The same as FxRates.convert for every result on the page, in both directions of
		// trade.
		for (String destination : List.of("CN", "KE")) {
			String body = listings("destination=" + destination + "&q=" + M).andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<Number> seller = JsonPath.read(body, "$.items[*].sellerPrice.minorUnits");
			List<String> sellerCurrency = JsonPath.read(body, "$.items[*].sellerPrice.currency");
			List<Number> buyer = JsonPath.read(body, "$.items[*].buyerPrice.minorUnits");
			List<String> buyerCurrency = JsonPath.read(body, "$.items[*].buyerPrice.currency");
			assertThat(seller).isNotEmpty();
			for (int i = 0; i < seller.size(); i++) {
				var converted = fx
					.convert(org.isoko.shared.Money.ofMinor(seller.get(i).longValue(), sellerCurrency.get(i)),
							org.isoko.shared.CurrencyCode.of(buyerCurrency.get(i)), java.time.LocalDate.now())
					.converted();
				assertThat(buyer.get(i).longValue()).isEqualTo(converted.minorUnits());
			}
		}
	}

	@Test
	void keepsTheReadModelInStepWithSellers() throws Exception {
		var seller = users.findByEmail(StorefrontFixtures.SELLER).orElseThrow();
		LotId lot = tx.execute(status -> {
			ProductId product = catalog.createProduct(seller,
					new CatalogManagement.NewProduct(Category.SPICES, org.isoko.shared.HsCode.of("0904.21"),
							"100 g jar of chili", 100, 300,
							List.of(new ProductText("en", "Akabanga chili oil sfxmutate", "Hot chili oil"))));
			return catalog.createLot(seller, product,
					new CatalogManagement.NewLot("SFXMUT-" + System.nanoTime(), 10,
							org.isoko.shared.Money.ofMinor(2_000, "RWF"), 1,
							new Provenance(org.isoko.shared.CountryCode.of("RW"), "Kigali", "Akabanga",
									ProducerKind.COMPANY, null),
							CoffeeAttributes.NONE, null));
		});
		String query = "destination=CN&lang=zh&q=sfxmutate";
		assertThat(lotIds(query)).isEmpty();
		catalog.list(seller, lot, lots.toChina);
		assertThat(lotIds(query)).containsExactly(lot.toString());

		catalog.changePrice(seller, lot, org.isoko.shared.Money.ofMinor(4_000, "RWF"));
		listings(query).andExpect(jsonPath("$.items[0].sellerPrice.minorUnits").value(4000));
		assertThat(lotIds(query + "&maxPrice=10")).isEmpty(); // 4,000 RWF is 19.15 CNY

		catalog.saveText(seller, productOf(lot), new ProductText("zh", "辣椒油 sfxmutate", "很辣"));
		listings("destination=CN&lang=zh&q=辣椒+sfxmutate").andExpect(jsonPath("$.items[0].name").value("辣椒油 sfxmutate"));

		tx.executeWithoutResult(status -> stock.reserve(lot, 4));
		listings(query).andExpect(jsonPath("$.items[0].available").value(6));

		catalog.pause(seller, lot, lots.toChina);
		assertThat(lotIds(query)).isEmpty();
		catalog.resume(seller, lot, lots.toChina);
		assertThat(lotIds(query)).containsExactly(lot.toString());
		catalog.pause(seller, lot, lots.toChina);
	}

	ProductId productOf(LotId lot) {
		return new ProductId(jdbc.sql("SELECT product_id FROM catalog_lot WHERE id = :id")
			.param("id", lot.value())
			.query(java.util.UUID.class)
			.single());
	}

	// ---- bad input

	@Test
	void refusesBadSearchesNamingTheField() throws Exception {
		expectProblem(listings("destination=XX1"), 400, "destination", "country code");
		expectProblem(listings("destination=FR"), 400, "destination", "not a country of the Isoko network");
		expectProblem(listings("destination=UG"), 400, "destination", "No corridor delivers to Uganda");
		expectProblem(listings("destination=CN&minPrice=100&maxPrice=10"), 400, "minPrice",
				"must not be more than maxPrice");
		expectProblem(listings("destination=CN&minPrice=-1"), 400, "minPrice", "negative");
		expectProblem(listings("destination=CN&maxPrice=abc"), 400, "maxPrice", "number");
		expectProblem(listings("destination=CN&maxPrice=1.234"), 400, "maxPrice", "decimals");
		expectProblem(listings("destination=CN&sort=cheapest"), 400, "sort", "price-asc");
		expectProblem(listings("destination=CN&category=CARS"), 400, "category", "GREEN_COFFEE");
		expectProblem(listings("destination=CN&process=burnt"), 400, "process", "FULLY_WASHED");
		expectProblem(listings("destination=CN&page=-1"), 400, "page", "0 or more");
		expectProblem(listings("destination=CN&size=101"), 400, "size", "between 1 and 100");
		expectProblem(listings("destination=CN&certified=maybe"), 400, "certified", "true or false");
		expectProblem(listings("destination=CN&lang=de"), 400, "lang", "en, fr, rw, zh");
	}

	@Test
	void answersUnknownLotsWithNotFound() throws Exception {
		mvc.perform(get("/api/v1/lots/" + java.util.UUID.randomUUID() + "?destination=CN"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/lots/not-a-lot")).andExpect(status().isNotFound());
		expectProblem(mvc.perform(get("/api/v1/lots/" + lots.huye + "?destination=UG")), 400, "destination",
				"No corridor");
	}

	// ---- one lot

	@Test
	void showsALotWithProvenanceDocumentsAndCorridors() throws Exception {
		mvc.perform(get("/api/v1/lots/" + lots.huye + "?destination=CN&lang=zh"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("胡耶山水洗咖啡 " + M))
			.andExpect(jsonPath("$.language").value("zh"))
			.andExpect(jsonPath("$.unitOfSale").value("60 kg bag of green coffee"))
			.andExpect(jsonPath("$.buyerPrice.minorUnits").value(143589))
			.andExpect(jsonPath("$.sellerPrice.minorUnits").value(300000))
			.andExpect(jsonPath("$.fx.date").value("2026-11-27"))
			.andExpect(jsonPath("$.minOrderQuantity").value(1))
			.andExpect(jsonPath("$.available").value(40))
			.andExpect(jsonPath("$.provenance.region").value("Huye"))
			.andExpect(jsonPath("$.provenance.producerName").value("Huye Mountain Washing Station"))
			.andExpect(jsonPath("$.coffee.process").value("FULLY_WASHED"))
			.andExpect(jsonPath("$.coffee.cupScore").value(87.5))
			.andExpect(jsonPath("$.story", containsString("Huye Mountain")))
			.andExpect(jsonPath("$.documents[0].number").value("RW-CO-2026-0101"))
			.andExpect(jsonPath("$.documents[0].valid").value(true))
			.andExpect(jsonPath("$.offers.length()").value(1))
			.andExpect(jsonPath("$.offers[0].corridorId").value(lots.toChina.toString()))
			.andExpect(jsonPath("$.offers[0].typicalTransitDays").value(7))
			.andExpect(jsonPath("$.offers[0].modes[0]").value("AIR"))
			.andExpect(jsonPath("$.orderable").value(true));
		mvc.perform(get("/api/v1/lots/" + lots.rukeri + "?destination=CN"))
			.andExpect(jsonPath("$.documents[0].expired").value(true))
			.andExpect(jsonPath("$.documents[0].valid").value(false));
		mvc.perform(get("/api/v1/lots/" + lots.gakenke + "?destination=CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers.length()").value(0))
			.andExpect(jsonPath("$.orderable").value(false))
			.andExpect(jsonPath("$.offeredTo[0]").value("KE"));
	}

	// ---- pages

	@Test
	void shopPageListsResultsWithBothPricesAndTheRate() throws Exception {
		MvcResult result = mvc.perform(get("/shop?destination=CN&lang=en&q=" + M + "&sort=price-asc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huye Mountain fully washed " + M)))
			.andExpect(content().string(containsString("CN¥1,435.89")))
			.andExpect(content().string(containsString("RWF")))
			.andExpect(content().string(containsString("class=\"badge warn sold-out\"")))
			.andExpect(content().string(containsString("id=\"fx-note\"")))
			.andExpect(content().string(containsString("2026-11-27")))
			.andExpect(content().string(containsString("4 lot(s)")))
			.andExpect(cookie().value(DESTINATION_COOKIE, "CN"))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(50 * 1024);
	}

	@Test
	void shopPageSpeaksChineseAndFindsChineseText() throws Exception {
		mvc.perform(get("/shop?destination=CN&lang=zh&q=咖啡 " + M))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("商城")))
			.andExpect(content().string(containsString("胡耶山水洗咖啡 " + M)))
			.andExpect(content().string(not(containsString("Nyamasheke natural"))));
	}

	@Test
	void shopPageShowsAnEmptyStateAndErrorsNextToTheForm() throws Exception {
		mvc.perform(get("/shop?destination=CN&lang=en&q=nothingmatchesthis+" + M))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing matches.")))
			.andExpect(content().string(containsString("id=\"clear-filters\"")));
		mvc.perform(get("/shop?destination=CN&lang=en&minPrice=-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-error\"")))
			.andExpect(content().string(containsString("minPrice must not be negative")))
			.andExpect(content().string(not(containsString("id=\"results\""))));
	}

	@Test
	void shopPageRemembersTheAnonymousDestination() throws Exception {
		mvc.perform(get("/shop?lang=en&q=" + M).cookie(new Cookie(DESTINATION_COOKIE, "KE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gakenke honey " + M)))
			.andExpect(content().string(not(containsString("Huye Mountain"))));
	}

	@Test
	void signedInBuyersShopForTheirOwnCountry() throws Exception {
		MockHttpSession kenyan = SignIn.session(mvc, "buyer.ke@isoko.demo");
		mvc.perform(get("/shop?lang=en&destination=CN&q=" + M).session(kenyan))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gakenke honey " + M)))
			.andExpect(content().string(not(containsString("Huye Mountain"))))
			.andExpect(content().string(not(containsString("id=\"destination\""))));
	}

	@Test
	void lotPageInvitesAnonymousVisitorsToSignIn() throws Exception {
		MvcResult result = mvc.perform(get("/lots/" + lots.huye + "?destination=CN&lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Huye Mountain fully washed " + M)))
			.andExpect(content().string(containsString("CN¥1,435.89")))
			.andExpect(content().string(containsString("RW-CO-2026-0101")))
			.andExpect(content().string(containsString("Rwanda Development Board")))
			.andExpect(content().string(containsString("Huye Mountain Washing Station")))
			.andExpect(content().string(containsString("id=\"sign-in-to-order\"")))
			.andExpect(content().string(not(containsString("id=\"add-to-cart\""))))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(50 * 1024);
		mvc.perform(get("/lots/" + lots.rukeri + "?destination=CN&lang=en"))
			.andExpect(content().string(containsString("class=\"badge warn expired\"")));
		mvc.perform(get("/lots/" + lots.huye + "?destination=CN&lang=zh"))
			.andExpect(content().string(containsString("胡耶山水洗咖啡")))
			.andExpect(content().string(containsString("登录后下单")));
		mvc.perform(get("/lots/" + lots.unlisted)).andExpect(status().isNotFound());
	}

	@Test
	void lotPageOffersSignedInBuyersTheCart() throws Exception {
		MockHttpSession buyer = SignIn.session(mvc, "buyer.cn@isoko.demo");
		mvc.perform(get("/lots/" + lots.huye + "?lang=en").session(buyer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"add-to-cart\"")))
			.andExpect(content().string(containsString("action=\"/cart/lines\"")))
			.andExpect(content().string(containsString("name=\"lotId\" value=\"" + lots.huye + "\"")))
			.andExpect(content().string(containsString("name=\"corridorId\" value=\"" + lots.toChina + "\"")))
			.andExpect(content().string(containsString("name=\"quantity\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		// Sold out: no form.
		mvc.perform(get("/lots/" + lots.roast + "?lang=en").session(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"add-to-cart\""))));
	}

}
