package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.isoko.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seller API over HTTP: products, lots, documents, price, stock and listings, and
 * every bad input refused with a problem that names the field, changing nothing.
 */
class SellerApiIntegrationTests extends SellerTestSupport {

	String coop;

	String product;

	@BeforeEach
	void signIn() throws Exception {
		coop = token(COOP);
		product = greenCoffeeProduct(coop);
	}

	// ---- products

	@Test
	void createsAProductWithTextsInSeveralLanguages() throws Exception {
		String body = """
				{"category":"ROASTED_COFFEE","hsCode":"0901.21","unitOfSale":"250 g pack of roasted coffee","netWeightGrams":250,
				 "grossWeightGrams":290,"texts":[{"language":"en","name":"Medium roast","description":"Whole beans"},
				 {"language":"rw","name":"Ikawa ikaranze","description":"Impeke"}]}""";
		String location = mvc.perform(json(post("/api/v1/products"), coop, body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/products/")))
			.andExpect(jsonPath("$.hsCode").value("0901.21"))
			.andExpect(jsonPath("$.texts.length()").value(2))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(SignIn.bearer(get(location), coop))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitOfSale").value("250 g pack of roasted coffee"));
		mvc.perform(json(put(location + "/texts/zh"), coop, """
				{"name":"中度烘焙咖啡豆","description":"整豆"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.texts[?(@.language == 'zh')].name").value("中度烘焙咖啡豆"));
		mvc.perform(SignIn.bearer(get("/api/v1/products?size=1"), coop))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.size").value(1));
	}

	@Test
	void refusesBadProductsNamingTheFieldAndChangesNothing() throws Exception {
		String before = catalogRows();
		String valid = """
				{"category":"GREEN_COFFEE","hsCode":"%s","unitOfSale":"60 kg bag","netWeightGrams":%s,"grossWeightGrams":%s,
				 "texts":[{"language":"%s","name":"Coffee","description":"Green"}]}""";
		expectProblem(
				mvc.perform(json(post("/api/v1/products"), coop, valid.formatted("0901", "60000", "60700", "en"))), 400,
				"hsCode");
		expectProblem(
				mvc.perform(json(post("/api/v1/products"), coop, valid.formatted("7701.11", "60000", "60700", "en"))),
				400, "hsCode");
		expectProblem(
				mvc.perform(json(post("/api/v1/products"), coop, valid.formatted("coffee", "60000", "60700", "en"))),
				400, "hsCode");
		expectProblem(
				mvc.perform(json(post("/api/v1/products"), coop, valid.formatted("0901.11", "60000", "59000", "en"))),
				400, "grossWeightGrams");
		expectProblem(mvc.perform(json(post("/api/v1/products"), coop, valid.formatted("0901.11", "0", "60700", "en"))),
				400, "netWeightGrams");
		expectProblem(
				mvc.perform(json(post("/api/v1/products"), coop, valid.formatted("0901.11", "60000.5", "60700", "en"))),
				400, "netWeightGrams");
		expectProblem(
				mvc.perform(json(post("/api/v1/products"), coop, valid.formatted("0901.11", "60000", "60700", "de"))),
				400, "language");
		expectProblem(mvc.perform(json(post("/api/v1/products"), coop,
				"""
						{"category":"GREEN_COFFEE","hsCode":"0901.11","unitOfSale":"60 kg bag","netWeightGrams":1,"grossWeightGrams":2,"texts":[]}""")),
				400, "texts");
		expectProblem(mvc.perform(json(post("/api/v1/products"), coop,
				"""
						{"category":"COAL","hsCode":"0901.11","unitOfSale":"60 kg bag","netWeightGrams":1,"grossWeightGrams":2,"texts":[]}""")),
				400, "category");
		expectProblem(mvc.perform(json(put("/api/v1/products/" + product + "/texts/de"), coop, """
				{"name":"Kaffee","description":"Grün"}""")), 400, "language");
		assertUnchanged(before, catalogRows());
	}

	@Test
	void anUnverifiedSellerDraftsProductsAndLotsButCannotListThem() throws Exception {
		String pending = token(registerPendingSeller());
		String product = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(json(post("/api/v1/products"), pending,
					"""
							{"category":"TEA","hsCode":"0902.30","unitOfSale":"100 g box","netWeightGrams":100,"grossWeightGrams":130,
							 "texts":[{"language":"en","name":"Tea","description":"Black tea"}]}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String lot = """
				{"productId":"%s","reference":"DRAFT-%s","quantity":10,"unitPrice":{"amount":"5000","currency":"RWF"},
				 "minOrderQuantity":1,"provenance":{"country":"RW","region":"Nyamasheke","producerName":"Pending Tea Growers",
				 "producerKind":"COOPERATIVE"},"documents":[],"corridors":[%s]}""";
		String before = catalogRows();
		mvc.perform(json(post("/api/v1/lots"), pending,
				lot.formatted(product, "1", "\"" + corridorId("KGL", "HGH") + "\"")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not verified")));
		assertUnchanged(before, catalogRows());
		mvc.perform(json(post("/api/v1/lots"), pending, lot.formatted(product, "2", "")))
			.andExpect(status().isCreated());
	}

	@Test
	void buyersAndAnonymousCallersCannotUseTheSellerApi() throws Exception {
		String before = catalogRows();
		String buyer = token(BUYER);
		mvc.perform(json(post("/api/v1/products"), buyer,
				"""
						{"category":"TEA","hsCode":"0902.30","unitOfSale":"100 g box","netWeightGrams":100,"grossWeightGrams":130,
						 "texts":[{"language":"en","name":"Tea","description":"Black tea"}]}"""))
			.andExpect(status().isForbidden());
		mvc.perform(SignIn.bearer(get("/api/v1/products"), buyer)).andExpect(status().isForbidden());
		mvc.perform(SignIn.bearer(get("/api/v1/seller/lots"), buyer)).andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/lots"), buyer, lotJson(product, "B-1", "10", "\"1000\"", null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/seller/lots")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/products").contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
		assertUnchanged(before, catalogRows());
	}

	// ---- lots

	@Test
	void createsALotListedOnCorridorsWithACertificate() throws Exception {
		String kglHgh = corridorId("KGL", "HGH");
		String kglNbo = corridorId("KGL", "NBO");
		String today = LocalDate.now().toString();
		String body = lotJson(product, "T-2026-FW-LISTED", "120", "\"520000\"",
				"""
						"story":"Grown above Lake Kivu","corridors":["%s","%s"],
						"documents":[{"kind":"CERTIFICATE_OF_ORIGIN","number":"CO-1","issuer":"RRA","issuedOn":"%s","expiresOn":"%s",
						  "scheme":"AFCFTA","originCriterion":"WP"}]"""
					.formatted(kglHgh, kglNbo, today, LocalDate.now().plusMonths(12)));
		String location = mvc.perform(json(post("/api/v1/lots"), coop, body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/seller/lots/")))
			.andExpect(jsonPath("$.stock.total").value(120))
			.andExpect(jsonPath("$.stock.available").value(120))
			.andExpect(jsonPath("$.unitPrice.amount").value("520000"))
			.andExpect(jsonPath("$.unitPrice.currency").value("RWF"))
			.andExpect(jsonPath("$.coffee.cupScore").value(86.5))
			.andExpect(jsonPath("$.documents[0].scheme").value("AFCFTA"))
			.andExpect(jsonPath("$.listings.length()").value(2))
			.andExpect(jsonPath("$.listings[*].destination", hasItem("HGH")))
			.andExpect(jsonPath("$.listings[*].status", hasItem("LISTED")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(SignIn.bearer(get(location), coop))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value("T-2026-FW-LISTED"));
		mvc.perform(SignIn.bearer(get("/api/v1/seller/lots?size=100"), coop))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].reference", hasItem("T-2026-FW-LISTED")));
	}

	@Test
	void acceptsThePriceAsADecimalStringOrANumber() throws Exception {
		String id = createLot(coop, lotJson(product, "T-NUMBER-PRICE", "5", "480000", null));
		assertThat(jdbc.sql("SELECT price_minor FROM catalog_lot WHERE id = CAST(:id AS UUID)")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(480000L);
	}

	@Test
	void refusesBadLotsNamingTheFieldAndChangesNothing() throws Exception {
		String before = catalogRows();
		String future = LocalDate.now().plusDays(3).toString();
		expectProblem(lot(lotJson(product, "BAD-1", "0", "\"1000\"", null)), 400, "quantity");
		expectProblem(lot(lotJson(product, "BAD-2", "-5", "\"1000\"", null)), 400, "quantity");
		expectProblem(lot(lotJson(product, "BAD-3", "1.5", "\"1000\"", null)), 400, "quantity");
		expectProblem(lot(lotJson(product, "BAD-4", "\"12\"", "\"1000\"", null)), 400, "quantity");
		expectProblem(lot(lotJson(product, "BAD-5", "10", "\"10.5\"", null)), 400, "unitPrice.amount");
		expectProblem(lot(lotJson(product, "BAD-6", "10", "10.5", null)), 400, "unitPrice.amount");
		expectProblem(lot(lotJson(product, "BAD-7", "10", "\"0\"", null)), 400, "unitPrice");
		expectProblem(lot(lotJson(product, "BAD-8", "10", "\"1000\"", null).replace("\"RWF\"", "\"CNY\"")), 400,
				"currency");
		expectProblem(lot(lotJson(product, "BAD-9", "10", "\"1000\"", null).replace("86.5", "101")), 400, "cupScore");
		expectProblem(lot(lotJson(product, "BAD-10", "10", "\"1000\"", null).replace("2026-06-01", future)), 400,
				"harvestedOn");
		expectProblem(lot(lotJson(product, "BAD-11", "10", "\"1000\"", null).replace("\"minOrderQuantity\":1",
				"\"minOrderQuantity\":0")), 400, "minOrderQuantity");
		expectProblem(lot(lotJson(product, "BAD-12", "10", "\"1000\"", null).replace("\"minOrderQuantity\":1",
				"\"minOrderQuantity\":2.5")), 400, "minOrderQuantity");
		expectProblem(lot(lotJson(product, "BAD-13", "10", "\"1000\"", null).replace("1800", "1800.5")), 400,
				"coffee.altitudeMeters");
		expectProblem(lot(
				lotJson(product, "BAD-14", "10", "\"1000\"", "\"corridors\":[\"" + corridorId("HGH", "KGL") + "\"]")),
				400, "corridors");
		expectProblem(lot(lotJson(product, "BAD-15", "10", "\"1000\"",
				"\"corridors\":[\"00000000-0000-0000-0000-000000000001\"]")), 400, "corridors");
		expectProblem(
				lot(lotJson(product, "BAD-16", "10", "\"1000\"",
						"""
								"documents":[{"kind":"CERTIFICATE_OF_ORIGIN","number":"CO-9","issuer":"RRA","issuedOn":"2026-01-01","expiresOn":"2027-06-01",
								 "scheme":"AFCFTA","originCriterion":"WP"}]""")),
				400, "documents[0].expiresOn");
		expectProblem(lot(lotJson("00000000-0000-0000-0000-000000000002", "BAD-17", "10", "\"1000\"", null)), 404,
				null);
		expectProblem(lot(lotJson(product, "BAD-18", "99999999999", "\"1000\"", null)), 400, "quantity");
		assertUnchanged(before, catalogRows());
	}

	@Test
	void coffeeAttributesAreForCoffeeOnly() throws Exception {
		String tea = createProduct(coop,
				"""
						{"category":"TEA","hsCode":"0902.30","unitOfSale":"100 g box","netWeightGrams":100,"grossWeightGrams":130,
						 "texts":[{"language":"en","name":"Tea","description":"Black tea"}]}""");
		String before = catalogRows();
		expectProblem(lot(lotJson(tea, "TEA-1", "10", "\"1000\"", null)), 400, "process");
		assertUnchanged(before, catalogRows());
	}

	@Test
	void refusesASecondLotWithTheSameReference() throws Exception {
		createLot(coop, lotJson(product, "T-DUPLICATE", "10", "\"1000\"", null));
		String before = catalogRows();
		expectProblem(lot(lotJson(product, "T-DUPLICATE", "10", "\"1000\"", null)), 400, "reference");
		assertUnchanged(before, catalogRows());
	}

	// ---- documents

	@Test
	void addsACertificateOfOriginAndRefusesBadDates() throws Exception {
		String lot = createLot(coop, lotJson(product, "T-DOCS", "10", "\"1000\"", null));
		LocalDate today = LocalDate.now();
		String doc = """
				{"kind":"CERTIFICATE_OF_ORIGIN","number":"CO-%s","issuer":"Rwanda Revenue Authority","issuedOn":"%s","expiresOn":"%s",
				 "scheme":"%s","originCriterion":"WHOLLY_OBTAINED"}""";
		mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/documents"), coop,
				doc.formatted(1, today.minusDays(5), today.plusMonths(6), "CHINA_LDC")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scheme").value("CHINA_LDC"));
		String before = catalogRows();
		String path = "/api/v1/seller/lots/" + lot + "/documents";
		expectProblem(
				mvc.perform(
						json(post(path), coop, doc.formatted(2, today.minusYears(2), today.minusDays(1), "CHINA_LDC"))),
				400, "expiresOn");
		expectProblem(
				mvc.perform(
						json(post(path), coop, doc.formatted(3, today.minusDays(5), today.minusDays(10), "CHINA_LDC"))),
				400, "expiresOn");
		expectProblem(
				mvc.perform(
						json(post(path), coop, doc.formatted(4, today.plusDays(2), today.plusMonths(6), "CHINA_LDC"))),
				400, "issuedOn");
		expectProblem(
				mvc.perform(
						json(post(path), coop, doc.formatted(5, today.minusDays(1), today.plusMonths(13), "AFCFTA"))),
				400, "expiresOn");
		expectProblem(
				mvc.perform(json(post(path), coop, doc.formatted(6, today.minusDays(1), today.plusMonths(6), "MARS"))),
				400, "scheme");
		expectProblem(mvc.perform(json(post(path), coop, """
				{"kind":"CERTIFICATE_OF_ORIGIN","number":"CO-7","issuer":"RRA","issuedOn":"%s"}""".formatted(today))),
				400, "scheme");
		assertUnchanged(before, catalogRows());
	}

	// ---- price and stock

	@Test
	void changesThePriceInTheLotsCurrencyOnly() throws Exception {
		String lot = createLot(coop, lotJson(product, "T-PRICE", "10", "\"1000\"", null));
		mvc.perform(
				json(put("/api/v1/seller/lots/" + lot + "/price"), coop, "{\"amount\":\"1250\",\"currency\":\"RWF\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitPrice.amount").value("1250"));
		String before = catalogRows();
		expectProblem(mvc.perform(json(put("/api/v1/seller/lots/" + lot + "/price"), coop,
				"{\"amount\":\"12.50\",\"currency\":\"CNY\"}")), 400, "currency");
		expectProblem(mvc.perform(
				json(put("/api/v1/seller/lots/" + lot + "/price"), coop, "{\"amount\":\"10.5\",\"currency\":\"RWF\"}")),
				400, "amount");
		expectProblem(mvc.perform(
				json(put("/api/v1/seller/lots/" + lot + "/price"), coop, "{\"amount\":\"-3\",\"currency\":\"RWF\"}")),
				400, "unitPrice");
		assertUnchanged(before, catalogRows());
	}

	@Test
	void restocksAndWithdrawsKeepingAvailableWithinTheTotal() throws Exception {
		String lot = createLot(coop, lotJson(product, "T-STOCK", "10", "\"1000\"", null));
		mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/restock"), coop, "{\"quantity\":5}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stock.total").value(15))
			.andExpect(jsonPath("$.stock.available").value(15));
		mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/withdrawal"), coop, "{\"quantity\":3}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stock.total").value(12))
			.andExpect(jsonPath("$.stock.available").value(12));
		// Units reserved by buyers cannot be withdrawn.
		jdbc.sql("UPDATE catalog_lot SET available = available - 10 WHERE id = CAST(:id AS UUID)")
			.param("id", lot)
			.update();
		String before = catalogRows();
		expectProblem(mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/withdrawal"), coop, "{\"quantity\":3}")),
				400, "quantity");
		expectProblem(mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/withdrawal"), coop, "{\"quantity\":0}")),
				400, "quantity");
		expectProblem(mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/restock"), coop, "{\"quantity\":-1}")),
				400, "quantity");
		expectProblem(mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/restock"), coop, "{\"quantity\":2.5}")),
				400, "quantity");
		expectProblem(
				mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/restock"), coop, "{\"quantity\":999999999}")),
				400, "quantity");
		assertUnchanged(before, catalogRows());
		mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/withdrawal"), coop, "{\"quantity\":2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stock.total").value(10))
			.andExpect(jsonPath("$.stock.available").value(0))
			.andExpect(jsonPath("$.stock.soldOut").value(true));
		assertThat(available(lot)).isLessThanOrEqualTo(total(lot));
	}

	// ---- listings

	@Test
	void pausesAndResumesAListing() throws Exception {
		String kglHgh = corridorId("KGL", "HGH");
		String lot = createLot(coop, lotJson(product, "T-LISTING", "10", "\"1000\"", null));
		String path = "/api/v1/seller/lots/" + lot + "/listings/" + kglHgh;
		mvc.perform(json(put(path), coop, "{\"status\":\"LISTED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.listings[0].status").value("LISTED"))
			.andExpect(jsonPath("$.listings[0].origin").value("KGL"));
		mvc.perform(json(put(path), coop, "{\"status\":\"PAUSED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.listings[0].status").value("PAUSED"));
		assertThat(listingStatus(lot)).isEqualTo("PAUSED");
		mvc.perform(json(put(path), coop, "{\"status\":\"LISTED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.listings.length()").value(1))
			.andExpect(jsonPath("$.listings[0].status").value("LISTED"));
		assertThat(listingStatus(lot)).isEqualTo("LISTED");
	}

	@Test
	void refusesCorridorsThatDoNotLeaveTheSellersHubAndUnknownOnes() throws Exception {
		String lot = createLot(coop, lotJson(product, "T-BAD-CORRIDOR", "10", "\"1000\"", null));
		String before = catalogRows();
		expectProblem(mvc.perform(json(put("/api/v1/seller/lots/" + lot + "/listings/" + corridorId("HGH", "KGL")),
				coop, "{\"status\":\"LISTED\"}")), 400, "corridor");
		expectProblem(
				mvc.perform(json(put("/api/v1/seller/lots/" + lot + "/listings/00000000-0000-0000-0000-000000000003"),
						coop, "{\"status\":\"LISTED\"}")),
				404, null);
		expectProblem(mvc.perform(json(put("/api/v1/seller/lots/" + lot + "/listings/" + corridorId("KGL", "NBO")),
				coop, "{\"status\":\"PAUSED\"}")), 400, "corridor");
		expectProblem(mvc.perform(json(put("/api/v1/seller/lots/" + lot + "/listings/" + corridorId("KGL", "NBO")),
				coop, "{\"status\":\"SOLD\"}")), 400, "status");
		expectProblem(mvc
			.perform(json(put("/api/v1/seller/lots/" + lot + "/listings/not-an-id"), coop, "{\"status\":\"LISTED\"}")),
				400, null);
		assertUnchanged(before, catalogRows());
	}

	// ---- isolation

	@Test
	void anotherSellersProductsAndLotsAreNotFound() throws Exception {
		String lot = createLot(coop, lotJson(product, "T-MINE", "10", "\"1000\"", null));
		String sme = token(SME);
		String before = catalogRows();
		expectProblem(mvc.perform(SignIn.bearer(get("/api/v1/products/" + product), sme)), 404, null);
		expectProblem(mvc.perform(
				json(put("/api/v1/products/" + product + "/texts/fr"), sme, "{\"name\":\"x\",\"description\":\"y\"}")),
				404, null);
		expectProblem(mvc.perform(SignIn.bearer(get("/api/v1/seller/lots/" + lot), sme)), 404, null);
		expectProblem(lot(sme, lotJson(product, "T-THEIRS", "10", "\"1000\"", null)), 404, null);
		expectProblem(mvc.perform(json(put("/api/v1/seller/lots/" + lot + "/listings/" + corridorId("KGL", "HGH")), sme,
				"{\"status\":\"LISTED\"}")), 404, null);
		expectProblem(mvc.perform(
				json(put("/api/v1/seller/lots/" + lot + "/price"), sme, "{\"amount\":\"1\",\"currency\":\"RWF\"}")),
				404, null);
		expectProblem(mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/restock"), sme, "{\"quantity\":1}")), 404,
				null);
		expectProblem(mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/withdrawal"), sme, "{\"quantity\":1}")),
				404, null);
		expectProblem(mvc.perform(json(post("/api/v1/seller/lots/" + lot + "/documents"), sme, """
				{"kind":"ORGANIC","number":"O-1","issuer":"Ecocert","issuedOn":"2026-01-02"}""")), 404, null);
		mvc.perform(SignIn.bearer(get("/api/v1/seller/lots?size=100"), sme))
			.andExpect(jsonPath("$.items[*].reference", org.hamcrest.Matchers.not(hasItem("T-MINE"))));
		assertUnchanged(before, catalogRows());
	}

	@Test
	void unknownIdsAndHugePagesAreRefused() throws Exception {
		expectProblem(mvc.perform(SignIn.bearer(get("/api/v1/seller/lots/00000000-0000-0000-0000-000000000004"), coop)),
				404, null);
		expectProblem(mvc.perform(SignIn.bearer(get("/api/v1/products/00000000-0000-0000-0000-000000000005"), coop)),
				404, null);
		expectProblem(mvc.perform(SignIn.bearer(get("/api/v1/seller/lots/nope"), coop)), 400, "id");
		expectProblem(mvc.perform(SignIn.bearer(get("/api/v1/seller/lots?size=1000"), coop)), 400, "size");
		expectProblem(mvc.perform(SignIn.bearer(get("/api/v1/products?page=-1"), coop)), 400, "page");
	}

	org.springframework.test.web.servlet.ResultActions lot(String body) throws Exception {
		return lot(coop, body);
	}

	org.springframework.test.web.servlet.ResultActions lot(String token, String body) throws Exception {
		return mvc.perform(json(post("/api/v1/lots"), token, body));
	}

	String listingStatus(String lot) {
		return jdbc.sql("SELECT status FROM catalog_listing WHERE lot_id = CAST(:id AS UUID)")
			.param("id", lot)
			.query(String.class)
			.single();
	}

}
