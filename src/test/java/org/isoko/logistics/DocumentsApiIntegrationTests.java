package org.isoko.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

/**
 * The trade documents through the API, read back with PDFBox and checked against the
 * order as the database holds it: the commercial invoice's goods, freight and total, the
 * packing list's pieces and weight, the manifest's waybills (PDF and CSV). Unknown
 * waybills are 404, another hub's parcel or consignment 403, as problem details.
 */
class DocumentsApiIntegrationTests extends LogisticsTestSupport {

	@Test
	void theCommercialInvoiceAndPackingListShowTheOrdersFigures() throws Exception {
		String order = acceptedOrder(LotFixtures.COOPERATIVE, COOP, 3);
		String waybill = waybillOf(order);
		Map<String, Object> row = jdbc
			.sql("SELECT number, currency, goods_total_minor, freight_minor, insurance_minor FROM ordering_order"
					+ " WHERE id = :o")
			.param("o", UUID.fromString(order))
			.query()
			.singleRow();
		String currency = (String) row.get("currency");
		long goods = ((Number) row.get("goods_total_minor")).longValue();
		long freight = ((Number) row.get("freight_minor")).longValue();
		long insurance = ((Number) row.get("insurance_minor")).longValue();

		String invoice = text(
				call(COOP, get("/api/v1/parcels/" + waybill + "/commercial-invoice").locale(Locale.ENGLISH))
					.andExpect(status().isOk())
					.andExpect(content().contentType("application/pdf"))
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		assertThat(invoice).contains((String) row.get("number"), waybill, "INV-" + row.get("number"), currency)
			.contains(amount(goods / 3, currency), amount(goods, currency), amount(freight, currency),
					amount(goods + freight + insurance, currency));
		// The insurance the buyer was charged, or "not insured" rather than a 0.
		assertThat(invoice).contains(insurance > 0 ? amount(insurance, currency) : "not insured");
		if (goods % 3 != 0) {
			// a converted price that does not divide by 3: the dearer units on a line of
			// their own, one minor unit more, so that the lines add up to the goods
			assertThat(invoice).contains(amount(goods / 3 + 1, currency),
					amount((goods / 3) * (3 - goods % 3), currency), amount((goods / 3 + 1) * (goods % 3), currency));
		}

		String packing = text(call(KIGALI, get("/api/v1/parcels/" + waybill + "/packing-list").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		// three 1.05 kg bags declared: 3.150 kg gross, 3 pieces
		assertThat(packing).contains((String) row.get("number"), waybill, "3.150")
			.doesNotContain(amount(goods, currency));

		call(NAIROBI, get("/api/v1/parcels/" + waybill + "/commercial-invoice")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("KGL")));
		call(SME, get("/api/v1/parcels/" + waybill + "/packing-list")).andExpect(status().isNotFound());
		call(COOP, get("/api/v1/parcels/" + UNKNOWN + "/commercial-invoice")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		call(COOP, get("/api/v1/parcels/ISK-KGL-nonsense/packing-list")).andExpect(status().isBadRequest());
	}

	@Test
	void theManifestListsEveryHouseWaybillAsPdfAndCsvForTheHubsOfTheConsignment() throws Exception {
		String first = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 2));
		String second = waybillOf(acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1));
		String mawb = "TRK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		String id = JsonPath.read(call(KIGALI, post("/api/v1/consignments"), """
				{"corridor":"%s","mode":"TRUCK","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":200,
				 "masterWaybill":"%s"}""".formatted(corridor(), clock.instant().plus(Duration.ofHours(2)), mawb))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		call(KIGALI, get("/api/v1/consignments/" + id + "/manifest")).andExpect(status().isConflict());
		for (String waybill : new String[] { first, second }) {
			call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":2100}")
				.andExpect(status().isOk());
			call(KIGALI, post("/api/v1/consignments/" + id + "/parcels"), "{\"waybill\":\"" + waybill + "\"}")
				.andExpect(status().isOk());
		}

		String pdf = text(call(KIGALI, get("/api/v1/consignments/" + id + "/manifest").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(pdf).contains(mawb, first, second, "4.200");
		String csv = new String(
				call(HANGZHOU, get("/api/v1/consignments/" + id + "/manifest.csv")).andExpect(status().isOk())
					.andExpect(content().contentTypeCompatibleWith("text/csv"))
					.andReturn()
					.getResponse()
					.getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("master_waybill,house_waybill,").contains(mawb + "," + first, mawb + "," + second);
		assertThat(csv.lines().filter(line -> line.contains("TOTAL")).findFirst())
			.hasValueSatisfying(total -> assertThat(total).contains(",3,4.200,"));

		call(NAIROBI, get("/api/v1/consignments/" + id + "/manifest")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		call(COOP, get("/api/v1/consignments/" + id + "/manifest.csv")).andExpect(status().isForbidden());
		call(KIGALI, get("/api/v1/consignments/" + UUID.randomUUID() + "/manifest")).andExpect(status().isNotFound());
	}

	static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * An amount as the documents print it in English: grouped, with the currency's
	 * decimals.
	 */
	static String amount(long minor, String currency) {
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		return String.format(Locale.ENGLISH, "%,." + digits + "f", BigDecimal.valueOf(minor, digits));
	}

}
