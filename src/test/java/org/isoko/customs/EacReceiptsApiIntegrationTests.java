package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.customs.ceb.CebSignature;
import org.isoko.customs.eac.EntryReceipt;
import org.isoko.customs.eac.EntryXml;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The EAC authorities' answers over HTTP ({@code POST /api/v1/customs/eac/receipts}), as
 * a gateway in front of the Rwanda or Kenya Revenue Authority would deliver them: signed,
 * without an Isoko token, once or again, late, out of order. The simulated authority
 * (releasing complete entries itself here) takes the entries but holds its answers back
 * (its outage without answers); the test delivers them itself.
 */
@TestPropertySource(properties = "isoko.customs.eac.simulator-auto-release=true")
class EacReceiptsApiIntegrationTests extends EntryTestSupport {

	static final String RECEIPTS = "/api/v1/customs/eac/receipts";

	@Autowired
	EacCustomsSimulator simulator;

	@AfterEach
	void authorityBack() {
		simulator.outage(ChinaCustomsSimulator.Outage.NONE);
	}

	@Test
	void anImportEntrysAnswersInReverseOrderReleaseItOnceAndTheRestChangeNothing() throws Exception {
		String order = kenyanOrder(1);
		certify(order);
		String waybill = received(order);
		String consignment = consignment("KGL", "NBO", waybill);
		String export = id(call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isOk()));
		awaitStatus(export, "RELEASED");
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isOk());

		List<String> before = simulator.madeReceipts();
		simulator.outage(ChinaCustomsSimulator.Outage.NO_ANSWER);
		call(NAIROBI, post("/api/v1/consignments/" + consignment + "/arrive")).andExpect(status().isOk());
		String entry = awaitEntry(consignment, "IMPORT");
		List<String> answers = answersSince(before, 2);
		assertThat(answers).extracting(a -> EntryXml.readReceipt(a).status())
			.containsExactly(EntryReceipt.Status.ACCEPTED, EntryReceipt.Status.RELEASED);
		assertThat(entryStatus(entry)).isEqualTo("SUBMITTED");
		assertThat(orders().orderStatus(order)).isEqualTo("IN_CUSTOMS");

		// The release first: the parcel is released and the order cleared.
		deliver(answers.get(1)).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("APPLIED"));
		assertThat(entryStatus(entry)).isEqualTo("RELEASED");
		assertThat(orders().orderStatus(order)).isEqualTo("CLEARED");
		call(KENYAN_BUYER, get("/api/v1/parcels/" + waybill)).andExpect(status().isOk())
			.andExpect(jsonPath("$.parcel.status").value("RELEASED_BY_CUSTOMS"));
		// The acknowledgement it overtook changes nothing.
		deliver(answers.get(0)).andExpect(jsonPath("$.outcome").value("SUPERSEDED"));
		assertThat(entryStatus(entry)).isEqualTo("RELEASED");
		// Each again (the gateway resends what it thinks was lost): duplicates.
		for (String again : answers) {
			deliver(again).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
		}
		// The authority's own deliveries, once it answers again, are duplicates too; the
		// outbox, trying again after its back-off (the test clock stands still), hears it
		// took the entry.
		simulator.outage(ChinaCustomsSimulator.Outage.NONE);
		clock.advance(Duration.ofSeconds(5));
		awaitSent(entry, 1);
		assertThat(history(entry)).containsExactly("SUBMITTED", "RELEASED");
		assertThat(orders().orderStatus(order)).isEqualTo("CLEARED");
		assertThat(receiptsRecorded(entry)).isEqualTo(2);
	}

	@Test
	void anAnswerToAnOlderRevisionChangesNothing() throws Exception {
		String order = orders().acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1);
		String waybill = received(order);
		String consignment = consignment("KGL", "HGH", waybill);
		List<String> before = simulator.madeReceipts();
		simulator.outage(ChinaCustomsSimulator.Outage.NO_ANSWER);
		String entry = id(call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isOk()));
		// No certificates: the authority accepts revision 0, then queries it.
		List<String> first = answersSince(before, 2);
		assertThat(first).extracting(a -> EntryXml.readReceipt(a).status())
			.containsExactly(EntryReceipt.Status.ACCEPTED, EntryReceipt.Status.QUERIED);
		deliver(first.get(1)).andExpect(jsonPath("$.outcome").value("APPLIED"));
		assertThat(entryStatus(entry)).isEqualTo("QUERIED");
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("quality certificate")));

		// The certificates found, revision 1 goes in and is released.
		certify(order);
		List<String> beforeSecond = simulator.madeReceipts();
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration")).andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(1));
		List<String> second = answersSince(beforeSecond, 2);
		assertThat(second).extracting(a -> EntryXml.readReceipt(a).revision()).containsOnly(1);
		deliver(second.get(1)).andExpect(jsonPath("$.outcome").value("APPLIED"));
		assertThat(entryStatus(entry)).isEqualTo("RELEASED");

		// Revision 0's acknowledgement, very late: nothing changes.
		deliver(first.get(0)).andExpect(jsonPath("$.outcome").value("OLDER_REVISION"));
		deliver(second.get(0)).andExpect(jsonPath("$.outcome").value("SUPERSEDED"));
		assertThat(entryStatus(entry)).isEqualTo("RELEASED");
		assertThat(history(entry)).containsExactly("SUBMITTED", "QUERIED", "SUBMITTED", "RELEASED");
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isOk());
	}

	@Test
	void anUnreadableUnsignedOrTamperedAnswerIsRefusedAndChangesNothing() throws Exception {
		String order = orders().acceptedOrder(LotFixtures.COOPERATIVE, COOP, 1);
		certify(order);
		String waybill = received(order);
		String consignment = consignment("KGL", "HGH", waybill);
		List<String> before = simulator.madeReceipts();
		simulator.outage(ChinaCustomsSimulator.Outage.NO_ANSWER);
		String entry = id(call(KIGALI, post("/api/v1/consignments/" + consignment + "/export-declaration"))
			.andExpect(status().isOk()));
		String release = answersSince(before, 2).get(1);
		EntryReceipt released = EntryXml.readReceipt(release);
		assertThat(released.status()).isEqualTo(EntryReceipt.Status.RELEASED);

		// A release turned into a query on the way: the signature no longer verifies.
		String tampered = release.replace("RELEASED<", "QUERIED<");
		assertThat(tampered).isNotEqualTo(release);
		deliver(tampered).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Receipt refused"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail")
				.value("The receipt cannot be read or its signature does not verify with the authority's key"))
			.andExpect(jsonPath("$.instance").value(RECEIPTS));
		// Signed, but not by the authority.
		String forged = CebSignature.sign(
				EntryXml.writeReceipt(new EntryReceipt(UUID.randomUUID().toString(), released.reference(),
						released.revision(), EntryReceipt.Status.RELEASED, "RW-EXN-FORGED", null, Instant.now())),
				CustomsKeys.draw());
		deliver(forged).andExpect(status().isBadRequest());
		// Not signed at all, not a receipt, not XML.
		deliver(org.isoko.customs.ceb.CebXml.toText(EntryXml.writeReceipt(released)))
			.andExpect(status().isBadRequest());
		deliver("<not-a-receipt/>").andExpect(status().isBadRequest());
		mvc.perform(post(RECEIPTS).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnsupportedMediaType());
		assertThat(entryStatus(entry)).isEqualTo("SUBMITTED");
		assertThat(history(entry)).containsExactly("SUBMITTED");
		assertThat(receiptsRecorded(entry)).isZero();
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isConflict());

		// Signed by the authority but naming nothing Isoko submitted: said so, and
		// answered 200 so that the gateway stops resending it.
		deliver(simulator.signed(new EntryReceipt(UUID.randomUUID().toString(), "EX-KGL-NOTHING", 0,
				EntryReceipt.Status.RELEASED, "RW-EXN-NOTHING", null, Instant.now())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("UNKNOWN_ENTRY"));
		// The genuine release, after all that, still applies.
		deliver(release).andExpect(jsonPath("$.outcome").value("APPLIED"));
		assertThat(entryStatus(entry)).isEqualTo("RELEASED");
		call(KIGALI, post("/api/v1/consignments/" + consignment + "/depart")).andExpect(status().isOk());
	}

	// ---- helpers

	/**
	 * The next {@code count} answers the authority made after {@code before}, in order.
	 */
	private List<String> answersSince(List<String> before, int count) {
		List<String> made = new ArrayList<>();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
			made.clear();
			made.addAll(simulator.madeReceipts());
			made.removeAll(before);
			return made.size() >= count;
		});
		assertThat(made).hasSize(count);
		return made.stream().sorted(Comparator.comparingInt(a -> rank(EntryXml.readReceipt(a)))).toList();
	}

	/** Acknowledgement before decision (both are made at the same instant). */
	private static int rank(EntryReceipt r) {
		return r.status() == EntryReceipt.Status.ACCEPTED ? 0 : 1;
	}

	/** Delivered as the gateway does: XML, no token. */
	private ResultActions deliver(String signedXml) throws Exception {
		return mvc.perform(post(RECEIPTS).contentType(MediaType.APPLICATION_XML).content(signedXml));
	}

	private String entryStatus(String entry) {
		return jdbc.sql("SELECT status FROM customs_entry WHERE id = :e")
			.param("e", UUID.fromString(entry))
			.query(String.class)
			.single();
	}

	private long receiptsRecorded(String entry) {
		return jdbc.sql("SELECT COUNT(*) FROM customs_entry_receipt WHERE entry_id = :e")
			.param("e", UUID.fromString(entry))
			.query(Long.class)
			.single();
	}

	private void awaitSent(String entry, long count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM customs_entry_outbox WHERE entry_id = :e AND status = 'SENT'")
				.param("e", UUID.fromString(entry))
				.query(Long.class)
				.single() == count);
	}

}
