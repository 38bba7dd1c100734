package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.isoko.catalog.demo.CatalogDemoData;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The seller console as a person meets it: pages without JavaScript, messages next to
 * fields, nothing saved on error.
 */
class SellerPagesIntegrationTests extends SellerTestSupport {

	MockHttpSession coop;

	@BeforeEach
	void signIn() throws Exception {
		coop = SignIn.session(mvc, COOP);
	}

	MockHttpServletRequestBuilder form(String path, MockHttpSession session) {
		return post(path).session(session).with(csrf());
	}

	// ---- overview and access

	@Test
	void theOverviewShowsCountsAttentionAndTheLinks() throws Exception {
		mvc.perform(get("/seller").session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verified\"")))
			.andExpect(content().string(containsString("href=\"/seller/orders\"")))
			.andExpect(content().string(containsString("id=\"new-product\"")))
			.andExpect(content().string(containsString("ABZ-2026-NAT-02")))
			.andExpect(content().string(containsString("Sold out")))
			.andExpect(content().string(not(containsString("id=\"unverified\""))));
	}

	@Test
	void needsAttentionCountsTheOrdersToAcceptAndToShipWithLinksToTheirLists() throws Exception {
		String seller = "(SELECT organisation_id FROM identity_user WHERE email = '" + COOP + "')";
		long toAccept = count("ordering_order WHERE status = 'PAID' AND seller_id = " + seller);
		long toShip = count("ordering_order WHERE status = 'ACCEPTED' AND seller_id = " + seller);
		mvc.perform(get("/seller").session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"count-to-accept\">" + toAccept + "<")))
			.andExpect(content().string(containsString("id=\"count-to-ship\">" + toShip + "<")))
			.andExpect(content().string(containsString("href=\"/seller/orders?status=PAID\"")))
			.andExpect(content().string(containsString("href=\"/seller/orders?status=ACCEPTED\"")))
			.andExpect(content().string(containsString("orders to ship")));
		mvc.perform(get("/seller?lang=rw").session(coop))
			.andExpect(content().string(containsString("ibyatumijwe byo kwemera")));
	}

	@Test
	void anUnverifiedSellerSeesANoticeAndDraftsProductsButCannotChooseCorridors() throws Exception {
		String seller = registerPendingSeller();
		MockHttpSession pending = SignIn.session(mvc, seller);
		mvc.perform(get("/seller").session(pending))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unverified\"")))
			.andExpect(content().string(containsString("id=\"new-product\"")));
		mvc.perform(get("/seller/products/new").session(pending))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"product-form\"")));
		long products = count("catalog_product");
		mvc.perform(form("/seller/products", pending).param("category", "TEA")
			.param("hsCode", "0902.30")
			.param("unitOfSale", "100 g box")
			.param("netWeightGrams", "100")
			.param("grossWeightGrams", "130")
			.param("nameEn", "Tea")
			.param("descriptionEn", "Black tea")).andExpect(status().is3xxRedirection());
		assertThat(count("catalog_product")).isEqualTo(products + 1);
		String product = jdbc
			.sql("SELECT p.id FROM catalog_product p JOIN identity_user u ON u.organisation_id = p.seller_id "
					+ "WHERE u.email = :email ORDER BY p.created_at DESC LIMIT 1")
			.param("email", seller)
			.query(String.class)
			.single();
		mvc.perform(get("/seller/lots/new").param("product", product).session(pending))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lot-form\"")))
			.andExpect(content().string(not(containsString("id=\"corridors\""))));
	}

	@Test
	void buyersCannotOpenTheSellerConsole() throws Exception {
		MockHttpSession buyer = SignIn.session(mvc, BUYER);
		mvc.perform(get("/seller").session(buyer)).andExpect(status().isForbidden());
		mvc.perform(get("/seller/lots").session(buyer)).andExpect(status().isForbidden());
		mvc.perform(get("/seller/products/new").session(buyer)).andExpect(status().isForbidden());
		mvc.perform(get("/seller")).andExpect(status().is3xxRedirection());
	}

	@Test
	void speaksTheFourLanguages() throws Exception {
		String lot = "/seller/lots/" + lotId(CatalogDemoData.ABAHUZAMUGAMBI_GREEN);
		mvc.perform(get(lot + "?lang=zh").session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("库存")))
			.andExpect(content().string(containsString("原产地证书")));
		mvc.perform(get(lot + "?lang=rw").session(coop)).andExpect(content().string(containsString("Ububiko")));
		mvc.perform(get(lot + "?lang=fr").session(coop)).andExpect(content().string(containsString("Disponible")));
		mvc.perform(get(lot + "?lang=en").session(coop)).andExpect(content().string(containsString("Available")));
	}

	// ---- products

	@Test
	void createsAProductAndEditsItsTexts() throws Exception {
		String location = mvc
			.perform(form("/seller/products", coop).param("category", "ROASTED_COFFEE")
				.param("hsCode", "0901.21")
				.param("unitOfSale", "500 g pack of roasted coffee")
				.param("netWeightGrams", "500")
				.param("grossWeightGrams", "560")
				.param("nameEn", "Dark roast")
				.param("descriptionEn", "Whole beans"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/seller/products/*"))
			.andExpect(flash().attribute("savedMessage", "catalog.saved.product"))
			.andExpect(flash().attribute("savedWhat", "Dark roast"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dark roast")));
		mvc.perform(form(location + "/texts", coop).param("nameEn", "Dark roast")
			.param("descriptionEn", "Whole beans")
			.param("nameZh", "深度烘焙咖啡豆")
			.param("descriptionZh", "整豆")).andExpect(status().is3xxRedirection());
		mvc.perform(get(location + "?lang=zh").session(coop)).andExpect(content().string(containsString("深度烘焙咖啡豆")));
	}

	@Test
	void showsProductProblemsNextToTheFieldsAndSavesNothing() throws Exception {
		String before = catalogRows();
		mvc.perform(form("/seller/products", coop).param("category", "GREEN_COFFEE")
			.param("hsCode", "7701.11")
			.param("unitOfSale", "bag")
			.param("netWeightGrams", "1.5")
			.param("grossWeightGrams", "1")
			.param("nameEn", "Coffee"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hsCode-error\"")))
			.andExpect(content().string(containsString("id=\"netWeightGrams-error\"")))
			.andExpect(content().string(containsString("id=\"descriptionEn-error\"")));
		mvc.perform(form("/seller/products", coop).param("category", "GREEN_COFFEE")
			.param("hsCode", "0901.11")
			.param("unitOfSale", "bag")
			.param("netWeightGrams", "60000")
			.param("grossWeightGrams", "59000")
			.param("nameEn", "Coffee")
			.param("descriptionEn", "Green"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"grossWeightGrams-error\"")));
		assertUnchanged(before, catalogRows());
	}

	// ---- lots

	@Test
	void theNewLotFormAsksForTheProductFirstAndShowsCoffeeFieldsForCoffeeOnly() throws Exception {
		mvc.perform(get("/seller/lots/new").session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"choose-product\"")));
		String coffee = greenCoffeeProduct(token(COOP));
		mvc.perform(get("/seller/lots/new?product=" + coffee).session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"coffee-fields\"")))
			.andExpect(content().string(containsString("KGL → HGH")))
			.andExpect(content().string(not(containsString("HGH → KGL"))));
		String tea = createProduct(token(COOP),
				"""
						{"category":"TEA","hsCode":"0902.30","unitOfSale":"100 g box","netWeightGrams":100,"grossWeightGrams":130,
						 "texts":[{"language":"en","name":"Tea","description":"Black tea"}]}""");
		mvc.perform(get("/seller/lots/new?product=" + tea).session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"coffee-fields\""))));
	}

	@Test
	void createsALotListedOnACorridorThroughTheForm() throws Exception {
		String product = greenCoffeeProduct(token(COOP));
		String location = mvc.perform(lotForm(product, "PAGE-LOT-1").param("corridors", corridorId("KGL", "HGH")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/seller/lots/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PAGE-LOT-1")))
			.andExpect(content().string(containsString("KGL → HGH")))
			.andExpect(content().string(containsString("Lot PAGE-LOT-1 saved.")));
	}

	@Test
	void showsLotProblemsNextToTheFieldsAndSavesNothing() throws Exception {
		String product = greenCoffeeProduct(token(COOP));
		String before = catalogRows();
		String future = LocalDate.now().plusDays(5).toString();
		mvc.perform(
				lotForm(product, "PAGE-BAD").param("quantity", "1.5").param("price", "10.5").param("cupScore", "101"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"quantity-error\"")))
			.andExpect(content().string(containsString("id=\"price-error\"")));
		mvc.perform(lotForm(product, "PAGE-BAD").param("cupScore", "101"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cupScore-error\"")));
		mvc.perform(lotForm(product, "PAGE-BAD").param("harvestedOn", future))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"harvestedOn-error\"")));
		mvc.perform(lotForm(product, "PAGE-BAD").param("quantity", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"quantity-error\"")));
		mvc.perform(lotForm(product, "PAGE-BAD").param("corridors", corridorId("HGH", "KGL")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"corridors-error\"")));
		assertUnchanged(before, catalogRows());
	}

	@Test
	void managesStockPriceDocumentsAndListingsOnTheLotPage() throws Exception {
		String product = greenCoffeeProduct(token(COOP));
		String lot = lotPath(mvc.perform(lotForm(product, "PAGE-MANAGE")).andReturn().getResponse().getRedirectedUrl());
		String id = lot.substring(lot.lastIndexOf('/') + 1);
		mvc.perform(form(lot + "/restock", coop).param("quantity", "5")).andExpect(status().is3xxRedirection());
		mvc.perform(form(lot + "/withdrawal", coop).param("quantity", "3")).andExpect(status().is3xxRedirection());
		assertThat(total(id)).isEqualTo(12);
		assertThat(available(id)).isEqualTo(12);
		String before = catalogRows();
		mvc.perform(form(lot + "/withdrawal", coop).param("quantity", "13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"withdraw-quantity-error\"")))
			.andExpect(content().string(containsString("Only 12 unreserved unit(s) can be withdrawn")));
		mvc.perform(form(lot + "/restock", coop).param("quantity", "2.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"restock-quantity-error\"")))
			.andExpect(content().string(not(containsString("id=\"withdraw-quantity-error\""))));
		mvc.perform(form(lot + "/price", coop).param("amount", "10.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"amount-error\"")));
		mvc.perform(form(lot + "/documents", coop).param("kind", "CERTIFICATE_OF_ORIGIN")
			.param("number", "CO-OLD")
			.param("issuer", "RRA")
			.param("issuedOn", LocalDate.now().minusYears(2).toString())
			.param("expiresOn", LocalDate.now().minusDays(1).toString())
			.param("scheme", "CHINA_LDC")
			.param("originCriterion", "WHOLLY_OBTAINED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"expiresOn-error\"")));
		mvc.perform(form(lot + "/listings", coop).param("corridor", corridorId("HGH", "KGL")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"corridor-error\"")));
		assertUnchanged(before, catalogRows());

		mvc.perform(form(lot + "/price", coop).param("amount", "530000")).andExpect(status().is3xxRedirection());
		mvc.perform(form(lot + "/documents", coop).param("kind", "CERTIFICATE_OF_ORIGIN")
			.param("number", "CO-NEW")
			.param("issuer", "RRA")
			.param("issuedOn", LocalDate.now().toString())
			.param("expiresOn", LocalDate.now().plusMonths(12).toString())
			.param("scheme", "AFCFTA")
			.param("originCriterion", "WP")).andExpect(status().is3xxRedirection());
		String corridor = corridorId("KGL", "NBO");
		mvc.perform(form(lot + "/listings", coop).param("corridor", corridor)).andExpect(status().is3xxRedirection());
		assertThat(listingStatus(id)).isEqualTo("LISTED");
		mvc.perform(form(lot + "/listings/" + corridor + "/pause", coop)).andExpect(status().is3xxRedirection());
		assertThat(listingStatus(id)).isEqualTo("PAUSED");
		mvc.perform(get(lot).session(coop)).andExpect(content().string(containsString("paused")));
		mvc.perform(form(lot + "/listings/" + corridor + "/resume", coop)).andExpect(status().is3xxRedirection());
		assertThat(listingStatus(id)).isEqualTo("LISTED");
		mvc.perform(get(lot).session(coop))
			.andExpect(content().string(containsString("CO-NEW")))
			.andExpect(content().string(containsString("530,000")));
	}

	@Test
	void anotherSellersLotsAndProductsAreNotFound() throws Exception {
		MockHttpSession sme = SignIn.session(mvc, SME);
		String lot = "/seller/lots/" + lotId(CatalogDemoData.ABAHUZAMUGAMBI_GREEN);
		String product = greenCoffeeProduct(token(COOP));
		String before = catalogRows();
		mvc.perform(get(lot).session(sme)).andExpect(status().isNotFound());
		mvc.perform(get("/seller/products/" + product).session(sme)).andExpect(status().isNotFound());
		mvc.perform(get("/seller/lots/new?product=" + product).session(sme)).andExpect(status().isNotFound());
		mvc.perform(form(lot + "/restock", sme).param("quantity", "5")).andExpect(status().isNotFound());
		mvc.perform(form(lot + "/listings/" + corridorId("KGL", "NBO") + "/pause", sme))
			.andExpect(status().isNotFound());
		mvc.perform(get("/seller/lots/not-a-lot").session(coop)).andExpect(status().isNotFound());
		assertUnchanged(before, catalogRows());
	}

	@Test
	void listsLotsWithBadgesAndPages() throws Exception {
		mvc.perform(get("/seller/lots").session(coop))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ABZ-2026-FW-01")))
			.andExpect(content().string(containsString("badge sold-out")));
		mvc.perform(get("/seller/lots?page=-1").session(coop)).andExpect(status().isBadRequest());
		mvc.perform(get("/seller/products").session(SignIn.session(mvc, PENDING)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"empty\"")));
	}

	MockHttpServletRequestBuilder lotForm(String product, String reference) {
		return form("/seller/lots", coop).param("product", product)
			.param("reference", reference)
			.param("quantity", "10")
			.param("price", "520000")
			.param("minOrderQuantity", "1")
			.param("originCountry", "RW")
			.param("originRegion", "Huye District")
			.param("producerName", "Test washing station")
			.param("producerKind", "WASHING_STATION")
			.param("harvestedOn", "2026-06-01")
			.param("process", "FULLY_WASHED")
			.param("grade", "A1")
			.param("cupScore", "86.5")
			.param("altitudeMeters", "1800");
	}

	static String lotPath(String redirect) {
		assertThat(redirect).startsWith("/seller/lots/");
		return redirect;
	}

	String listingStatus(String lot) {
		return jdbc.sql("SELECT status FROM catalog_listing WHERE lot_id = CAST(:id AS UUID)")
			.param("id", lot)
			.query(String.class)
			.single();
	}

}
