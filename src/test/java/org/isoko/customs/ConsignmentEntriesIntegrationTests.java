package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.isoko.catalog.CatalogManagement.NewDocument;
import org.isoko.catalog.DocumentKind;
import org.isoko.catalog.PreferenceScheme;
import org.isoko.support.CrossBorderOrders;
import org.isoko.support.CrossBorderYears;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The consignments' entries on the EAC corridors, with the simulated authorities
 * answering at once: a consignment leaving Kigali departs only once its export entry is
 * released (no entry, pending, queried: 409 naming why); a query is answered by
 * submitting again; an entry missing a certificate is queried by the authority; a
 * consignment arriving at Nairobi is declared for import with each order's duty, VAT and
 * other charges, released (order CLEARED) or queried by the Nairobi officer; officers see
 * only their own country's entries.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@TestPropertySource(
		properties = { "isoko.customs.eac.export-clearance=true", "isoko.customs.eac.declare-imports=true" })
class ConsignmentEntriesIntegrationTests {

	static final String COOP = "seller.coop@isoko.demo";

	static final String KIGALI = "logistics.kigali@isoko.demo";

	static final String NAIROBI = "logistics.nairobi@isoko.demo";

	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";

	static final String KIGALI_OFFICER = "customs.kigali@isoko.demo";

	static final String NAIROBI_OFFICER = "customs.nairobi@isoko.demo";

	static final String HANGZHOU_OFFICER = "customs.hangzhou@isoko.demo";

	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	CrossBorderYears crossBorderYears;

	@Autowired
	org.isoko.support.MutableClock clock;

	private CrossBorderOrders orders;

	CrossBorderOrders orders() {
		if (orders == null) {
			orders = new CrossBorderOrders(mvc, jdbc, lotFixtures, crossBorderYears);
		}
		return orders;
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return orders().call(email, request);
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return orders().call(email, request, json);
	}

	@Test
	void aConsignmentDepartsOnlyOnceItsExportEntryIsReleasedAndAQueryIsAnsweredBySubmittingAgain() throws Exception {
		String order = orders().acceptedOrder(LotFixtures.COOPERATIVE, COOP, 2);
		certify(order);
		String waybill = received(order);
		String consignment = consignment("KGL", "HGH", waybill);

		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("has no export entry")));

		String entry = id(call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.direction").value("EXPORT"))
			.andExpect(jsonPath("$.country").value("RW"))
			.andExpect(jsonPath("$.status").value("SUBMITTED")));
		awaitStatus(entry, "ACCEPTED");
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isConflict());
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("not yet released")));
		call(KIGALI, get("/api/v1/consignments/" + consignment + "/export-declaration")).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].waybill").value(waybill))
			.andExpect(jsonPath("$.lines[0].hsCode", startsWith("09")))
			.andExpect(jsonPath("$.lines[0].quantity").value(2))
			.andExpect(jsonPath("$.lines[0].value.currency").value("RWF"))
			.andExpect(jsonPath("$.lines[0].grossGrams").value(2150))
			.andExpect(jsonPath("$.lines[0].netGrams").value(2100))
			.andExpect(jsonPath("$.lines[0].consigneeCountry").value("CN"))
			.andExpect(jsonPath("$.documents.length()").value(4))
			.andExpect(jsonPath("$.missing.length()").value(0));

		// The officer of the origin's country queries it: it cannot leave, the agent
		// submits it again, the officer releases it and it departs.
		call(KIGALI_OFFICER, post("/api/v1/customs/entries/" + entry + "/query"), "{\"reason\":\"\"}")
			.andExpect(status().isBadRequest());
		call(KIGALI_OFFICER, post("/api/v1/customs/entries/" + entry + "/query"),
				"{\"reason\":\"Show the roaster's contract\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("QUERIED"));
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Show the roaster's contract")));
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration")).andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		awaitStatus(entry, "ACCEPTED");
		call(KIGALI_OFFICER, post("/api/v1/customs/entries/" + entry + "/release")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RELEASED"))
			.andExpect(jsonPath("$.releaseNumber", startsWith("RW-EXN-")));
		String exitNote = JsonPath
			.read(call(KIGALI_OFFICER, post("/api/v1/customs/entries/" + entry + "/release")).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.releaseNumber");
		call(KIGALI_OFFICER, post("/api/v1/customs/entries/" + entry + "/query"), "{\"reason\":\"Too late\"}")
			.andExpect(status().isConflict());
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEPARTED"));

		assertThat(history(entry)).containsExactly("SUBMITTED", "ACCEPTED", "QUERIED", "SUBMITTED", "ACCEPTED",
				"RELEASED");
		assertThat(jdbc.sql("SELECT actor FROM customs_entry_event WHERE entry_id = :e AND status = 'QUERIED'")
			.param("e", UUID.fromString(entry))
			.query(String.class)
			.single()).contains("Rwanda Revenue Authority");
		assertThat(jdbc.sql("SELECT reason FROM customs_entry_event WHERE entry_id = :e AND status = 'RELEASED'")
			.param("e", UUID.fromString(entry))
			.query(String.class)
			.single()).isEqualTo(exitNote);
		// Both revisions sent (marked once the authority took them; its answer may come
		// first).
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM customs_entry_outbox WHERE entry_id = :e AND status = 'SENT'")
				.param("e", UUID.fromString(entry))
				.query(Long.class)
				.single() == 2);
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM identity_audit_event WHERE action = 'CUSTOMS_ENTRY_RELEASE' "
					+ "AND details = :n")
			.param("n", exitNote)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anEntryMissingItsCertificatesIsQueriedByTheAuthorityAndOfficersSeeOnlyTheirCountry() throws Exception {
		String order = orders().acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1);
		String waybill = received(order);
		String consignment = consignment("KGL", "HGH", waybill);
		String entry = id(call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isOk()));
		awaitStatus(entry, "QUERIED");
		call(KIGALI, get("/api/v1/consignments/" + consignment + "/export-declaration")).andExpect(status().isOk())
			.andExpect(jsonPath("$.entry.reason", containsString("certificate of origin")))
			.andExpect(jsonPath("$.entry.reason", containsString("quality certificate")))
			.andExpect(jsonPath("$.missing[*].kind", hasItem("CERTIFICATE_OF_ORIGIN")));
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("queried")));

		call(KIGALI_OFFICER, get("/api/v1/customs/entries").param("status", "QUERIED").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(entry)));
		call(KIGALI_OFFICER, get("/api/v1/customs/entries/" + entry)).andExpect(status().isOk());
		call(NAIROBI_OFFICER, get("/api/v1/customs/entries/" + entry)).andExpect(status().isNotFound());
		call(HANGZHOU_OFFICER, get("/api/v1/customs/entries/" + entry)).andExpect(status().isNotFound());
		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + entry + "/release")).andExpect(status().isNotFound());
		call(NAIROBI_OFFICER, get("/api/v1/customs/entries").param("size", "100")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].country", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("KE"))));
		call(KIGALI, get("/api/v1/customs/entries/" + entry)).andExpect(status().isForbidden());
		call(COOP, get("/api/v1/customs/entries")).andExpect(status().isForbidden());
		// Only the origin's agents declare its exports; the destination's read it.
		call(HANGZHOU, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isForbidden());
		call(HANGZHOU, get("/api/v1/consignments/" + consignment + "/export-declaration")).andExpect(status().isOk());
		call(COOP, get("/api/v1/consignments/" + consignment + "/export-declaration")).andExpect(status().isNotFound());
	}

	@Test
	void aConsignmentArrivingAtNairobiIsDeclaredForImportWithTheQuotesChargesAndReleasedByItsOfficer()
			throws Exception {
		String order = kenyanOrder(2);
		certify(order);
		String waybill = received(order);
		String consignment = departedToNairobi(waybill);
		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/arrive")).andExpect(status().isOk());

		String entry = awaitEntry(consignment, "IMPORT");
		awaitStatus(entry, "ACCEPTED");
		assertThat(orders().orderStatus(order)).isEqualTo("IN_CUSTOMS");
		long duty = jdbc.sql("SELECT duty_minor FROM ordering_order WHERE id = :o")
			.param("o", UUID.fromString(order))
			.query(Long.class)
			.single();
		long taxes = jdbc.sql("SELECT taxes_minor FROM ordering_order WHERE id = :o")
			.param("o", UUID.fromString(order))
			.query(Long.class)
			.single();
		call(NAIROBI_OFFICER, get("/api/v1/customs/entries/" + entry)).andExpect(status().isOk())
			.andExpect(jsonPath("$.entry.direction").value("IMPORT"))
			.andExpect(jsonPath("$.entry.country").value("KE"))
			.andExpect(jsonPath("$.lines[0].duty.minorUnits").value(duty))
			.andExpect(jsonPath("$.lines[0].vat.minorUnits").value(taxes))
			.andExpect(jsonPath("$.lines[0].value.currency").value("KES"));
		call(KIGALI_OFFICER, get("/api/v1/customs/entries/" + entry)).andExpect(status().isNotFound());
		call(NAIROBI, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"OUT_FOR_DELIVERY\"}")
			.andExpect(status().isConflict());

		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + entry + "/release")).andExpect(status().isOk())
			.andExpect(jsonPath("$.releaseNumber", startsWith("KE-REL-")));
		assertThat(orders().orderStatus(order)).isEqualTo("CLEARED");
		call(KENYAN_BUYER, get("/api/v1/parcels/" + waybill)).andExpect(status().isOk())
			.andExpect(jsonPath("$.parcel.status").value("RELEASED_BY_CUSTOMS"));
		call(NAIROBI, post("/api/v1/parcels/" + waybill + "/events"), "{\"milestone\":\"OUT_FOR_DELIVERY\"}")
			.andExpect(status().isOk());
		assertThat(history(entry)).containsExactly("SUBMITTED", "ACCEPTED", "RELEASED");
		// A second parcel event of the same arrival declares nothing more.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customs_entry WHERE consignment_id = :c")
			.param("c", UUID.fromString(consignment))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aQueriedImportEntryHoldsTheOrderAndIsSubmittedAgainByTheDestinationAgent() throws Exception {
		String order = kenyanOrder(1);
		certify(order);
		String waybill = received(order);
		String consignment = departedToNairobi(waybill);
		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/arrive")).andExpect(status().isOk());
		String entry = awaitEntry(consignment, "IMPORT");
		awaitStatus(entry, "ACCEPTED");

		call(KIGALI, post("/api/v1/consignments/" + consignment + "/import-declaration"))
			.andExpect(status().isForbidden());
		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/import-declaration"))
			.andExpect(status().isConflict());
		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + entry + "/query"),
				"{\"reason\":\"Value below the coffee board's indicative price\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("QUERIED"));
		assertThat(orders().orderStatus(order)).isEqualTo("IN_CUSTOMS");
		assertThat(jdbc.sql("SELECT reason FROM ordering_order_history WHERE order_id = :o ORDER BY seq DESC LIMIT 1")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.single()).isEqualTo(EntryDecisions.QUERIED_KEY);
		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + entry + "/release")).andExpect(status().isConflict());

		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/import-declaration")).andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(1));
		awaitStatus(entry, "ACCEPTED");
		call(NAIROBI_OFFICER, post("/api/v1/customs/entries/" + entry + "/release")).andExpect(status().isOk());
		assertThat(orders().orderStatus(order)).isEqualTo("CLEARED");
	}

	// ---- helpers

	/**
	 * An order of {@code bags} 1 kg coffee bags KGL→NBO by the Kenyan buyer, paid and
	 * accepted.
	 */
	String kenyanOrder(int bags) throws Exception {
		LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "NBO", 100, 15_000, 1);
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":%d}],
				 "deliveryAddress":{"name":"Wanjiru Kamau","phone":"+254 712 345678","line":"12 Moi Avenue","city":"Nairobi","region":"Nairobi"}}"""
			.formatted(lot.id(), lot.corridor(), bags);
		String order = JsonPath.read(
				call(KENYAN_BUYER, post("/api/v1/orders").header("Idempotency-Key", UUID.randomUUID().toString()), body)
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.id");
		call(KENYAN_BUYER,
				post("/api/v1/orders/" + order + "/payments").header("Idempotency-Key", UUID.randomUUID().toString()),
				"{\"provider\":\"DEMO\"}")
			.andExpect(status().is2xxSuccessful());
		call(COOP, post("/api/v1/orders/" + order + "/acceptance")).andExpect(status().isOk());
		return order;
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
		String waybill = orders().waybillOf(order);
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
