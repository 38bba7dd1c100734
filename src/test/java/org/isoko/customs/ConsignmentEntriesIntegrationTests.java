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
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;

/**
 * The consignments' entries on the EAC corridors, with the simulated authorities
 * answering at once: a consignment leaving Kigali departs only once its export entry is
 * released (no entry, pending, queried: 409 naming why); a query is answered by
 * submitting again; an entry missing a certificate is queried by the authority; a
 * consignment arriving at Nairobi is declared for import with each order's duty, VAT and
 * other charges, released (order CLEARED) or queried by the Nairobi officer; officers see
 * only their own country's entries.
 */
class ConsignmentEntriesIntegrationTests extends EntryTestSupport {

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

}
