package org.isoko.customs;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.isoko.catalog.CatalogManagement.NewDocument;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.support.CrossBorderOrders;
import org.isoko.support.CrossBorderTestSupport;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The consignments' entries on the EAC corridors, driven through the API as the agents,
 * officers and buyers do: orders of coffee bags, their parcels received at Kigali and
 * loaded, consignments declared, released, departed and arrived; the entries' states and
 * histories read from the database. Exports leave only once released, and arrivals in
 * Kenya and Rwanda are declared, in a context of their own.
 */
@TestPropertySource(
		properties = { "isoko.customs.eac.export-clearance=true", "isoko.customs.eac.declare-imports=true" })
abstract class EntryTestSupport extends CrossBorderTestSupport {

	static final String COOP = "seller.coop@isoko.demo";

	static final String KIGALI = "logistics.kigali@isoko.demo";

	static final String NAIROBI = "logistics.nairobi@isoko.demo";

	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";

	static final String KIGALI_OFFICER = "customs.kigali@isoko.demo";

	static final String NAIROBI_OFFICER = "customs.nairobi@isoko.demo";

	static final String HANGZHOU_OFFICER = "customs.hangzhou@isoko.demo";

	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	static final String SME = "seller.sme@isoko.demo";

	@Autowired
	MutableClock clock;

	/**
	 * An order of {@code bags} 1 kg coffee bags KGL→NBO by the Kenyan buyer, paid and
	 * accepted.
	 */
	String kenyanOrder(int bags) throws Exception {
		return kenyanOrder(LotFixtures.COOPERATIVE, COOP, bags);
	}

	/** The same, of another seller's lot, accepted by {@code seller}. */
	String kenyanOrder(String organisation, String seller, int bags) throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(organisation, "KGL", "NBO", 100, 15_000, 1);
		return orders().acceptedOrder(KENYAN_BUYER, lot, bags, CrossBorderOrders.NAIROBI_ADDRESS, seller);
	}

	/**
	 * The order's lots get a certificate of origin (EAC, the Kenyan entries' scheme) and
	 * a quality certificate, valid today, added by their seller.
	 */
	void certify(String order) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
		for (UUID lot : jdbc.sql("SELECT lot_id FROM ordering_order_line WHERE order_id = :o")
			.param("o", UUID.fromString(order))
			.query(UUID.class)
			.list()) {
			String number = lot.toString().substring(0, 8);
			lotFixtures.addDocument(lot, new NewDocument(DocumentKind.CERTIFICATE_OF_ORIGIN, "CERT-" + number, "NAEB",
					today.minusDays(400), today.plusDays(400), PreferenceScheme.EAC, "WHOLLY_OBTAINED"));
			lotFixtures.addDocument(lot, new NewDocument(DocumentKind.QUALITY_CERTIFICATE, "QUAL-" + number, "NAEB",
					today.minusDays(400), today.plusDays(400), null, null));
		}
	}

	/** The order's parcel, received at Kigali (50 g heavier than declared per bag). */
	String received(String order) throws Exception {
		String waybill = waybillOf(order);
		long declared = jdbc.sql("SELECT declared_grams FROM logistics_parcel WHERE waybill = :w")
			.param("w", waybill)
			.query(Long.class)
			.single();
		call(KIGALI, post("/api/v1/parcels/" + waybill + "/intake"), "{\"measuredGrams\":" + (declared + 50) + "}")
			.andExpect(status().isOk());
		return waybill;
	}

	/** A consignment origin→destination with the parcel loaded. */
	String consignment(String origin, String destination, String waybill) throws Exception {
		UUID corridor = lotFixtures.corridor(origin, destination);
		String cutoff = clock.instant().plus(Duration.ofHours(2)).toString();
		String consignment = id(
				call(KIGALI, post("/api/v1/consignments"),
						"""
								{"corridor":"%s","mode":"TRUCK","cutoffAt":"%s","capacityGrams":500000,"capacityPieces":200,
								 "masterWaybill":"%s"}"""
							.formatted(corridor, cutoff, "TRK-" + UUID.randomUUID().toString().substring(0, 8)))
					.andExpect(status().isCreated()));
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/parcels"), "{\"waybill\":\"" + waybill + "\"}")
			.andExpect(status().isOk());
		return consignment;
	}

	/**
	 * A consignment KGL→NBO with the parcel, declared for export, released and departed.
	 */
	String departedToNairobi(String waybill) throws Exception {
		String consignment = consignment("KGL", "NBO", waybill);
		String export = id(call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isOk()));
		awaitStatus(export, "ACCEPTED");
		call(KIGALI_OFFICER, post("/api/v1/customs/entries/" + export + "/release")).andExpect(status().isOk());
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isOk());
		return consignment;
	}

	String awaitEntry(String consignment, String direction) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("SELECT id FROM customs_entry WHERE consignment_id = :c AND direction = :d")
				.param("c", UUID.fromString(consignment))
				.param("d", direction)
				.query(String.class)
				.optional()
				.orElse(null), id -> id != null);
	}

	void awaitStatus(String entry, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> status.equals(jdbc.sql("SELECT status FROM customs_entry WHERE id = :e")
				.param("e", UUID.fromString(entry))
				.query(String.class)
				.single()));
	}

	List<String> history(String entry) {
		return jdbc.sql("SELECT status FROM customs_entry_event WHERE entry_id = :e ORDER BY occurred_at, seq")
			.param("e", UUID.fromString(entry))
			.query(String.class)
			.list();
	}

	static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

}
