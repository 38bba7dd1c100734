package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.isoko.identity.UserDirectory;
import org.isoko.shared.HsCode;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A seller corrects a product's HS code through the seller API ({@code PUT
 * /api/v1/products/{id}/hs-code}): the code is checked, the change is published with who
 * made it and from which code, and a lot listed where the new code cannot be quoted (no
 * tariff line of the destination) keeps its code until the seller pauses it there, as
 * listing it would be refused.
 */
@RecordApplicationEvents
class ProductReclassificationIntegrationTests extends SellerTestSupport {

	@Autowired
	ApplicationEvents events;

	@Autowired
	UserDirectory users;

	@Autowired
	Catalog catalog;

	String coop;

	String product;

	@BeforeEach
	void signIn() throws Exception {
		coop = token(COOP);
		product = greenCoffeeProduct(coop);
	}

	@Test
	void correctsTheCodeOfAProductWithListedLotsAndRecordsWhoDidIt() throws Exception {
		String lot = listedLot(corridorId("KGL", "HGH"));

		reclassify(coop, "0901.12").andExpect(status().isOk()).andExpect(jsonPath("$.hsCode").value("0901.12"));

		assertThat(hsCodeOf(lot)).isEqualTo(HsCode.of("090112"));
		assertThat(events.stream(ProductReclassified.class)).singleElement().satisfies(changed -> {
			assertThat(changed.product()).isEqualTo(ProductId.of(product));
			assertThat(changed.from()).isEqualTo(HsCode.of("090111"));
			assertThat(changed.to()).isEqualTo(HsCode.of("090112"));
			assertThat(changed.by()).isEqualTo(users.findByEmail(COOP).orElseThrow().id());
		});
		// The same code again changes nothing and records nothing.
		reclassify(coop, "090112").andExpect(status().isOk());
		assertThat(events.stream(ProductReclassified.class)).hasSize(1);
	}

	@Test
	void aCodeTheListedDestinationCannotQuoteWaitsUntilTheLotIsPausedThere() throws Exception {
		String kglHgh = corridorId("KGL", "HGH");
		String lot = listedLot(kglHgh);
		String before = catalogRows();

		// T-shirts (HS 6109.10): China's tariff has no line for them in Isoko.
		expectProblem(reclassify(coop, "6109.10"), 400, "hsCode");
		assertThat(hsCodeOf(lot)).isEqualTo(HsCode.of("090111"));
		assertUnchanged(before, catalogRows());
		assertThat(events.stream(ProductReclassified.class)).isEmpty();

		String listing = "/api/v1/seller/lots/" + lot + "/listings/" + kglHgh;
		mvc.perform(json(put(listing), coop, "{\"status\":\"PAUSED\"}")).andExpect(status().isOk());
		reclassify(coop, "6109.10").andExpect(status().isOk());
		assertThat(hsCodeOf(lot)).isEqualTo(HsCode.of("610910"));
		// Offering it again is refused by the same rule.
		expectProblem(mvc.perform(json(put(listing), coop, "{\"status\":\"LISTED\"}")), 400, "corridor");
	}

	@Test
	void refusesBadCodesAndOtherSellersProductsChangingNothing() throws Exception {
		String before = catalogRows();
		expectProblem(reclassify(coop, "0901"), 400, "hsCode");
		expectProblem(reclassify(coop, "7701.11"), 400, "hsCode");
		expectProblem(mvc.perform(json(put("/api/v1/products/" + product + "/hs-code"), coop, "{}")), 400, "hsCode");
		expectProblem(reclassify(token(SME), "0901.12"), 404, null);
		reclassify(token(BUYER), "0901.12").andExpect(status().isForbidden());
		assertUnchanged(before, catalogRows());
		assertThat(jdbc.sql("SELECT hs_code FROM catalog_product WHERE id = :id")
			.param("id", UUID.fromString(product))
			.query(String.class)
			.single()).isEqualTo("090111");
		assertThat(events.stream(ProductReclassified.class)).isEmpty();
	}

	private ResultActions reclassify(String token, String hsCode) throws Exception {
		return mvc.perform(SignIn.bearer(put("/api/v1/products/" + product + "/hs-code"), token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"hsCode\":\"" + hsCode + "\"}"));
	}

	private String listedLot(String corridor) throws Exception {
		String reference = "T-HS-" + UUID.randomUUID().toString().substring(0, 8);
		return createLot(coop, lotJson(product, reference, "10", "\"1000\"", "\"corridors\":[\"" + corridor + "\"]"));
	}

	private HsCode hsCodeOf(String lot) {
		return catalog.lot(new LotId(UUID.fromString(lot))).orElseThrow().hsCode();
	}

}
