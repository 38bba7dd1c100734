package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The seller's view of the customs entries of the consignment an order's parcel travels
 * in: on the seller's order page (in the four languages) and in the order's API; the
 * authority's query with its reason and the documents of the seller's own parcel that are
 * missing (not those of another seller's parcel in the same consignment); the export's
 * exit note and the import entry at destination. Only the order's seller sees them.
 */
class OrderEntriesIntegrationTests extends EntryTestSupport {

	@Test
	void theSellerReadsTheExportAndImportEntriesOfItsParcelsConsignmentAndOnlyItsOwnMissingDocuments()
			throws Exception {
		String coopOrder = kenyanOrder(1);
		certify(coopOrder);
		String smeOrder = kenyanOrder(LotFixtures.ROASTER, SME, 1);
		String coopWaybill = received(coopOrder);
		String smeWaybill = received(smeOrder);
		String consignment = consignment("KGL", "NBO", coopWaybill);
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/parcels"), "{\"waybill\":\"" + smeWaybill + "\"}")
			.andExpect(status().isOk());
		call(COOP, get(entriesOf(coopOrder))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));

		// The roaster's lot has no certificates: the authority queries the export.
		String export = id(call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isOk()));
		awaitStatus(export, "QUERIED");
		call(SME, get(entriesOf(smeOrder))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].direction").value("EXPORT"))
			.andExpect(jsonPath("$.items[0].country").value("RW"))
			.andExpect(jsonPath("$.items[0].status").value("QUERIED"))
			.andExpect(jsonPath("$.items[0].reason", containsString("quality certificate")))
			.andExpect(jsonPath("$.items[0].reasonLanguage").value("en"))
			.andExpect(jsonPath("$.items[0].missingDocuments[0]").value("CERTIFICATE_OF_ORIGIN"))
			.andExpect(jsonPath("$.items[0].missingDocuments[1]").value("QUALITY_CERTIFICATE"));
		// The cooperative's parcel, in the same consignment, lacks nothing; the roaster's
		// waybill, which the authority's words name, is left out of them.
		call(COOP, get(entriesOf(coopOrder))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("QUERIED"))
			.andExpect(jsonPath("$.items[0].reason", containsString("quality certificate")))
			.andExpect(jsonPath("$.items[0].reason", not(containsString(smeWaybill))))
			.andExpect(jsonPath("$.items[0].missingDocuments.length()").value(0));
		call(SME, get(entriesOf(smeOrder))).andExpect(jsonPath("$.items[0].reason", containsString(smeWaybill)));

		// Only the order's seller: another seller, the buyer, the hub's agent get
		// nothing.
		call(COOP, get(entriesOf(smeOrder))).andExpect(status().isNotFound());
		call(KENYAN_BUYER, get(entriesOf(smeOrder))).andExpect(status().isNotFound());
		call(KIGALI, get(entriesOf(smeOrder))).andExpect(status().isNotFound());

		// The page, in the seller's four languages.
		MockHttpSession sme = SignIn.session(mvc, SME);
		Map<String, String[]> expected = Map.of("en",
				new String[] { "Export", "Rwanda Revenue Authority", "Queried", "Certificate of origin",
						"Quality certificate" },
				"fr",
				new String[] { "Exportation", "Office rwandais des recettes", "Question posée", "Certificat d",
						"Certificat de qualité" },
				"rw",
				new String[] { "Kohereza mu mahanga", "Amahoro (RRA)", "Ryabajijweho", "inkomoko", "ubuziranenge" },
				"zh", new String[] { "出口", "卢旺达税务局", "已质询", "原产地证书", "质量证书" });
		for (var language : expected.entrySet()) {
			String page = mvc.perform(get("/seller/orders/" + smeOrder + "?lang=" + language.getKey()).session(sme))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(language.getKey()).contains("id=\"order-entry-EXPORT\"").contains(language.getValue());
			assertThat(page).as(language.getKey())
				.doesNotContain(">QUERIED<", ">CERTIFICATE_OF_ORIGIN<", ">QUALITY_CERTIFICATE<", "customs.entry.",
						"customs.orderEntries.");
			if (!"en".equals(language.getKey())) {
				assertThat(page).as(language.getKey())
					.doesNotContain("Rwanda Revenue Authority", ">Quality certificate<", "Documents your parcel lacks");
			}
		}
		// The authority's words as it wrote them (in English), quoted and attributed,
		// inside a page in French or Chinese.
		Map<String, String> wrote = Map.of("fr", "Office rwandais des recettes (RRA) a écrit (", "zh", "卢旺达税务局（");
		for (var language : wrote.entrySet()) {
			String page = mvc.perform(get("/seller/orders/" + smeOrder + "?lang=" + language.getKey()).session(sme))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(language.getKey())
				.contains("<html lang=\"" + language.getKey() + "\"", language.getValue())
				.containsPattern("<figcaption>[^<]*" + java.util.regex.Pattern.quote(language.getValue()) + "[^<]*"
						+ "\\d{2}[^<]*</figcaption>")
				.containsPattern(authorityWords("EXPORT", "en") + "Documents missing: [^<]*quality certificate");
		}
		String buyerPage = mvc
			.perform(get("/orders/" + smeOrder + "?lang=en").session(SignIn.session(mvc, KENYAN_BUYER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(buyerPage).doesNotContain("order-entries");

		// The roaster adds the certificates, the entry goes in again and is released; the
		// consignment departs and arrives at Nairobi, where it is declared for import.
		certify(smeOrder);
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration")).andExpect(status().isOk());
		awaitStatus(export, "ACCEPTED");
		call(KIGALI_OFFICER, post("/api/v1/customs/entries/" + export + "/release")).andExpect(status().isOk());
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isOk());
		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/arrive")).andExpect(status().isOk());
		String imported = awaitEntry(consignment, "IMPORT");
		awaitStatus(imported, "ACCEPTED");
		call(SME, get(entriesOf(smeOrder))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].direction").value("EXPORT"))
			.andExpect(jsonPath("$.items[0].status").value("RELEASED"))
			.andExpect(jsonPath("$.items[0].releaseNumber", startsWith("RW-EXN-")))
			.andExpect(jsonPath("$.items[0].missingDocuments.length()").value(0))
			.andExpect(jsonPath("$.items[1].direction").value("IMPORT"))
			.andExpect(jsonPath("$.items[1].country").value("KE"))
			.andExpect(jsonPath("$.items[1].status").value("ACCEPTED"));
		// An officer's words, typed in the console: quoted as well, in the language they
		// were written in — the one the API call states, the console page's, else not
		// known (lang="", not the reader's page's).
		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + imported + "/query"),
				"{\"reason\":\"Facture pro forma illisible\",\"language\":\"fr\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasonLanguage").value("fr"));
		assertThat(sellerPage(sme, smeOrder)).contains("肯尼亚税务局（")
			.containsPattern(authorityWords("IMPORT", "fr") + "Facture pro forma illisible</blockquote>");
		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/import-declaration")).andExpect(status().isOk());
		awaitStatus(imported, "ACCEPTED");
		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + imported + "/query"),
				"{\"reason\":\"Invoice unreadable\",\"language\":\"not a tag!\"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("language")));
		// On the console's page: the language of the words is chosen beside them, the
		// page's at first; the choice is what is kept.
		MockHttpSession officer = SignIn.session(mvc, NAIROBI_OFFICER);
		mvc.perform(get("/customs/entries/" + imported + "?lang=rw").session(officer))
			.andExpect(content().string(containsString("<option value=\"rw\" lang=\"rw\" selected=\"selected\">")));
		mvc.perform(post("/customs/entries/" + imported + "/query?lang=en").session(officer)
			.with(csrf())
			.param("reason", "Inyemezabuguzi ntisomeka")
			.param("language", "rw")).andExpect(flash().attribute("notice", "customs.notice.entryQueried"));
		assertThat(sellerPage(sme, smeOrder))
			.containsPattern(authorityWords("IMPORT", "rw") + "Inyemezabuguzi ntisomeka</blockquote>");
		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/import-declaration")).andExpect(status().isOk());
		awaitStatus(imported, "ACCEPTED");
		// Through the API with no language and no Accept-Language: not known.
		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + imported + "/query"),
				"{\"reason\":\"Packing list unreadable\"}")
			.andExpect(status().isOk());
		assertThat(sellerPage(sme, smeOrder))
			.containsPattern(authorityWords("IMPORT", "") + "Packing list unreadable</blockquote>");
		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/import-declaration")).andExpect(status().isOk());
		awaitStatus(imported, "ACCEPTED");
		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + imported + "/release")).andExpect(status().isOk());
		String page = mvc.perform(get("/seller/orders/" + smeOrder + "?lang=zh").session(sme))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"order-entry-IMPORT\"", "肯尼亚税务局", "已放行", "KE-REL-");
	}

	private String sellerPage(MockHttpSession seller, String order) throws Exception {
		return mvc.perform(get("/seller/orders/" + order + "?lang=zh").session(seller))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The start of the quoted words of the authority on an entry, in that language. */
	private static String authorityWords(String direction, String language) {
		return "<blockquote id=\"order-entry-reason-" + direction + "\" translate=\"no\"\\s+lang=\"" + language + "\">";
	}

	private static String entriesOf(String order) {
		return "/api/v1/orders/" + order + "/customs/entries";
	}

}
