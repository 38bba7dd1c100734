package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.isoko.catalog.demo.CatalogDemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What sellers write, per language, on the demo lots' pages: the unit of sale and the
 * producer's story in the viewer's language when the seller wrote it, else in the
 * product's first language inside an element saying which ({@code lang}) with a marker.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SellerTextsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChineseBuyerReadsTheStoryAndTheUnitInChinese() throws Exception {
		String page = lotPage(CatalogDemoData.ABAHUZAMUGAMBI_GREEN, "zh");

		assertThat(page).contains("共同劳作的人").contains("每袋（60公斤咖啡生豆）");
		assertThat(page).doesNotContain("those who work together").doesNotContain("60 kg bag of green coffee");
		assertThat(lotPage(CatalogDemoData.ABAHUZAMUGAMBI_GREEN, "en")).contains("those who work together")
			.contains("per 60 kg bag of green coffee")
			.doesNotContain("(English)");
	}

	@Test
	void aTextNotWrittenInThePagesLanguageSaysWhichLanguageItIsIn() throws Exception {
		// Kigali Hills wrote the roasted coffee's unit in English, French and Chinese
		// only.
		String page = lotPage(CatalogDemoData.ROASTED_PACKS, "rw");

		assertThat(page).contains("<span lang=\"en\">250 g pack of roasted coffee beans</span> "
				+ "<small class=\"written-in\">(mu Cyongereza)</small>");
		assertThat(lotPage(CatalogDemoData.ROASTED_PACKS, "fr")).contains("paquet de 250 g de café en grains torréfié")
			.doesNotContain("written-in");
	}

	private String lotPage(String reference, String language) throws Exception {
		UUID lot = jdbc.sql("SELECT id FROM catalog_lot WHERE reference = :reference ORDER BY created_at LIMIT 1")
			.param("reference", reference)
			.query(UUID.class)
			.single();
		return mvc.perform(get("/lots/" + lot + "?destination=CN&lang=" + language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
