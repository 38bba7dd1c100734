package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.isoko.customs.ceb.CebBatch;
import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.CebSamples;
import org.isoko.customs.ceb.CebXml;
import org.isoko.customs.ceb.MatchRules;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.Receipt;
import org.isoko.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The batch contract end to end: several documents of one type in one signed CEB message,
 * verified once by customs, each taken, matched and answered on its own receipt line;
 * receipts batched too, each line applied once; Isoko's outbox sends the documents that
 * are due together in one message per type; customs' refusal of a whole message reaches
 * every document in it.
 */
class CebBatchIntegrationTests extends CustomsTestSupport {

	@Autowired
	CustomsReceipts receipts;

	@Autowired
	MutableClock clock;

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	@AfterEach
	void customsBack() {
		simulator.outage(ChinaCustomsSimulator.Outage.NONE);
	}

	@Test
	void customsTakesABatchVerifiedOnceAndAnswersEachDocumentOnItsOwnLine() throws Exception {
		System.out.println("seed " + seed);
		List<MatchRules.Documents> parcels = List.of(CebSamples.documents(random), CebSamples.documents(random),
				CebSamples.documents(random));
		Map<MessageType, List<CebMessage>> byType = new EnumMap<>(MessageType.class);
		for (MatchRules.Documents p : parcels) {
			byType.computeIfAbsent(MessageType.CEB311, t -> new ArrayList<>()).add(p.order().toCeb());
			byType.computeIfAbsent(MessageType.CEB411, t -> new ArrayList<>()).add(p.payment().toCeb());
			byType.computeIfAbsent(MessageType.CEB511, t -> new ArrayList<>()).add(p.waybill().toCeb());
			byType.computeIfAbsent(MessageType.CEB621, t -> new ArrayList<>()).add(p.inventory().toCeb());
		}
		// The second parcel's waybill weighs twice what it declares: held on its own.
		CebMessage heavy = byType.get(MessageType.CEB511).get(1);
		byType.get(MessageType.CEB511)
			.set(1, with(heavy, "weight",
					parcels.get(1)
						.inventory()
						.grossWeight()
						.multiply(java.math.BigDecimal.valueOf(2))
						.toPlainString()));
		// The third parcel's order lacks its order number: refused on its own (CEB900).
		CebMessage unreadable = byType.get(MessageType.CEB311).get(2);
		byType.get(MessageType.CEB311).set(2, without(unreadable, "orderNo"));

		List<String> before = simulator.sentReceipts();
		for (var entry : byType.entrySet()) {
			String guid = guid();
			simulatorTakes(signedByIsoko(new CebBatch(entry.getKey(), guid, entry.getValue())))
				.andExpect(status().isAccepted());
		}
		Map<MessageType, List<Receipt>> answers = answersSince(before);
		assertThat(answers.get(MessageType.CEB900)).singleElement().satisfies(r -> {
			assertThat(r.reference()).isEqualTo(unreadable.guid());
			assertThat(r.returnInfo()).contains("orderNo");
		});
		assertThat(answers.get(MessageType.CEB312)).extracting(Receipt::reference)
			.containsExactly(parcels.get(0).order().orderNo(), parcels.get(1).order().orderNo());
		assertThat(answers.get(MessageType.CEB412)).hasSize(3).allMatch(r -> Receipt.ENTERED.equals(r.returnStatus()));
		assertThat(answers.get(MessageType.CEB512)).hasSize(3);
		// The two parcels whose four documents are in, decided in one CEB622 message.
		List<Receipt> decisions = answers.get(MessageType.CEB622);
		assertThat(decisions).extracting(Receipt::reference)
			.containsExactly(parcels.get(0).inventory().copNo(), parcels.get(1).inventory().copNo());
		assertThat(decisions.get(0).returnStatus()).isEqualTo(Receipt.RELEASED);
		assertThat(decisions.get(1).returnStatus()).isEqualTo(Receipt.MANUAL_REVIEW);
		assertThat(decisions.get(1).returnInfo()).contains("WEIGHT");
		// One receipt message per kind of answer, one signature each.
		List<String> made = new ArrayList<>(simulator.sentReceipts());
		made.removeAll(before);
		assertThat(made).hasSize(5);
		assertThat(countSimMessages(parcels.get(2).order().guid())).isZero();
		assertThat(countSimMessages(parcels.get(2).payment().guid())).isEqualTo(1);
	}

	@Test
	void aTamperedBatchIsRefusedWholeAndABatchSentAgainIsTakenOnce() throws Exception {
		System.out.println("seed " + seed);
		List<MatchRules.Documents> parcels = List.of(CebSamples.documents(random), CebSamples.documents(random),
				CebSamples.documents(random));
		String batchGuid = guid();
		String xml = signedByIsoko(
				new CebBatch(MessageType.CEB511, batchGuid, parcels.stream().map(p -> p.waybill().toCeb()).toList()));
		String weight = "<ceb:weight>" + org.isoko.customs.ceb.Ceb.weight(parcels.get(1).waybill().weight())
				+ "</ceb:weight>";
		String tampered = xml.replace(weight, "<ceb:weight>99.999</ceb:weight>");
		assertThat(tampered).isNotEqualTo(xml);

		List<String> before = simulator.sentReceipts();
		simulatorTakes(tampered).andExpect(status().isBadRequest());
		for (MatchRules.Documents p : parcels) {
			assertThat(countSimMessages(p.waybill().guid())).as("nothing of a refused batch is taken").isZero();
		}
		assertThat(answersSince(before).get(MessageType.CEB900)).singleElement()
			.satisfies(r -> assertThat(r.reference()).isEqualTo(batchGuid));

		simulatorTakes(xml).andExpect(status().isAccepted());
		// Again, and one of them alone in another message: each document is taken once.
		simulatorTakes(xml).andExpect(status().isAccepted());
		simulatorTakes(
				signedByIsoko(new CebBatch(MessageType.CEB511, guid(), List.of(parcels.get(0).waybill().toCeb()))))
			.andExpect(status().isAccepted());
		for (MatchRules.Documents p : parcels) {
			assertThat(countSimMessages(p.waybill().guid())).isEqualTo(1);
		}
	}

	@Test
	void declarationsDueTogetherGoInOneMessagePerTypeAndAreReleasedEachOnItsOwn() throws Exception {
		outage("DOWN");
		List<String> orders = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			orders.add(arrivedOrder());
		}
		// Customs is down: each declaration's four messages failed once, due again
		// together.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> orders.stream().allMatch(o -> declarationStatus(o) != null) && failedOnce(orders));
		List<String> before = simulator.sentReceipts();
		outage("NONE");
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			clock.advance(Duration.ofSeconds(2));
			return orders.stream().allMatch(o -> "CLEARED".equals(orderStatus(o)));
		});

		// One message per type carried the three declarations' documents.
		List<Map<String, Object>> batches = jdbc.sql("""
				SELECT o.message_type, o.batch_guid, COUNT(*) AS documents FROM customs_outbox o
				JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders) GROUP BY o.message_type, o.batch_guid""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query()
			.listOfRows();
		assertThat(batches).hasSize(4).allSatisfy(b -> {
			assertThat(b.get("batch_guid")).isNotNull();
			assertThat(((Number) b.get("documents")).intValue()).isEqualTo(3);
		});
		// Each document's receipt line applied to it: all twelve acknowledged.
		assertThat(jdbc.sql("""
				SELECT o.status FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders)""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(String.class)
			.list()).hasSize(12).containsOnly("ACKNOWLEDGED");
		Map<MessageType, List<Receipt>> answers = answersSince(before);
		assertThat(answers.get(MessageType.CEB622)).hasSize(3).allMatch(r -> Receipt.RELEASED.equals(r.returnStatus()));
		// Released together (one CEB622 message, its parcels and orders handed to
		// logistics and ordering at once): per parcel and order the same timeline event,
		// history row and OrderCleared as one by one.
		for (String order : orders) {
			UUID id = UUID.fromString(order);
			String taxBill = jdbc.sql("SELECT tax_bill_ref FROM customs_declaration WHERE order_id = :o")
				.param("o", id)
				.query(String.class)
				.single();
			assertThat(
					jdbc.sql("SELECT reason FROM ordering_order_history WHERE order_id = :o AND to_status = 'CLEARED'")
						.param("o", id)
						.query(String.class)
						.list())
				.containsExactly(taxBill);
			List<Integer> seqs = jdbc.sql("SELECT seq FROM ordering_order_history WHERE order_id = :o ORDER BY seq")
				.param("o", id)
				.query(Integer.class)
				.list();
			assertThat(seqs).as("numbered on from the order's history").doesNotHaveDuplicates().endsWith(seqs.size());
			assertThat(jdbc.sql("""
					SELECT COUNT(*) FROM logistics_tracking_event e JOIN logistics_parcel p ON p.id = e.parcel_id
					WHERE p.order_id = :o AND e.milestone = 'RELEASED_BY_CUSTOMS'""")
				.param("o", id)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		List<Long> cleared = orders.stream()
			.map(o -> jdbc.sql(
					"SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%OrderCleared' AND serialized_event LIKE :o")
				.param("o", "%" + o + "%")
				.query(Long.class)
				.single())
			.toList();
		assertThat(cleared).as("OrderCleared per order, one publication per listener")
			.doesNotContain(0L)
			.containsOnly(cleared.get(0));
		List<String> made = new ArrayList<>(simulator.sentReceipts());
		made.removeAll(before);
		assertThat(made).as("one receipt message per kind").hasSize(4);

		// Delivered again over HTTP: each line a duplicate, nothing changes.
		for (String receipt : made) {
			mvc.perform(post("/api/v1/customs/china/receipts").contentType(MediaType.APPLICATION_XML).content(receipt))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.outcome").value("DUPLICATE"))
				.andExpect(jsonPath("$.lines.length()").value(3))
				.andExpect(jsonPath("$.lines[*].outcome")
					.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("DUPLICATE"))));
		}

		// A new receipt message holding one released declaration (already decided) and
		// one
		// naming nothing Isoko declared: neither changes anything; each line says so.
		String released = orders.get(0);
		String copNo = jdbc.sql("SELECT cop_no FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(released))
			.query(String.class)
			.single();
		long events = historyCount(released);
		Instant now = clock.instant();
		String late = signedByCustoms(new CebBatch(MessageType.CEB622, guid(), List.of(
				new Receipt(MessageType.CEB622, guid(), copNo, Receipt.MANUAL_REVIEW, now, "人工审核 (late)").toCeb(),
				new Receipt(MessageType.CEB622, guid(), "INV-NOBODY-" + seed, Receipt.RELEASED, now, "放行").toCeb())));
		CustomsReceipts.Received received = receipts.receiveAll(late);
		assertThat(received.lines()).extracting(CustomsReceipts.Line::outcome)
			.containsExactly(CustomsReceipts.Outcome.APPLIED, CustomsReceipts.Outcome.UNKNOWN_DECLARATION);
		assertThat(declarationStatus(released)).isEqualTo("RELEASED");
		assertThat(orderStatus(released)).isEqualTo("CLEARED");
		assertThat(historyCount(released)).isEqualTo(events);
		// And a receipt message whose signature does not verify changes nothing at all.
		assertThat(receipts.receiveAll(late.replace("INV-NOBODY", "INV-SOMEBODY")).outcome())
			.isEqualTo(CustomsReceipts.Outcome.BAD_SIGNATURE);

		// A late CEB900 naming the waybills' message, then one naming an order's own
		// document: customs had accepted them, the acceptance stands; each is recorded.
		String waybills = jdbc.sql("""
				SELECT DISTINCT o.batch_guid FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders) AND o.message_type = 'CEB511'""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(String.class)
			.single();
		String orderDocument = jdbc.sql("""
				SELECT o.guid FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id = :o AND o.message_type = 'CEB311'""")
			.param("o", UUID.fromString(released))
			.query(String.class)
			.single();
		for (String named : List.of(waybills, orderDocument)) {
			String lateRefusal = signedByCustoms(new CebBatch(MessageType.CEB900, guid(), List
				.of(new Receipt(MessageType.CEB900, guid(), named, Receipt.FORMAT_ERROR, now, "报文格式错误").toCeb())));
			assertThat(receipts.receiveAll(lateRefusal).outcome()).isEqualTo(CustomsReceipts.Outcome.APPLIED);
		}
		assertThat(jdbc.sql("""
				SELECT o.status FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders)""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(String.class)
			.list()).hasSize(12).containsOnly("ACKNOWLEDGED");
		for (String order : orders) {
			assertThat(declarationStatus(order)).isEqualTo("RELEASED");
			assertThat(orderStatus(order)).isEqualTo("CLEARED");
			assertThat(lateFormatErrors(order)).containsOnly("RELEASED").hasSize(order.equals(released) ? 2 : 1);
		}
	}

	@Test
	void aFormatErrorAfterCustomsAcknowledgedADocumentLeavesItAcknowledged() throws Exception {
		outage("DOWN");
		List<String> orders = List.of(arrivedOrder(), arrivedOrder());
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> orders.stream().allMatch(o -> declarationStatus(o) != null) && failedOnce(orders));
		clock.advance(Duration.ofSeconds(6));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("""
					SELECT COUNT(*) FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
					WHERE d.order_id IN (:orders) AND o.attempts = 2""")
				.param("orders", orders.stream().map(UUID::fromString).toList())
				.query(Long.class)
				.single() == 8L);
		String batch = jdbc.sql("""
				SELECT DISTINCT o.batch_guid FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders) AND o.message_type = 'CEB511'""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(String.class)
			.single();
		// Customs acknowledges the first order's waybill (120), then its CEB900 for the
		// whole message comes: only the waybill not acknowledged fails.
		String acknowledged = orders.get(0);
		String logisticsNo = jdbc.sql("SELECT logistics_no FROM customs_declaration WHERE order_id = :o")
			.param("o", UUID.fromString(acknowledged))
			.query(String.class)
			.single();
		Instant now = clock.instant();
		String entered = signedByCustoms(new CebBatch(MessageType.CEB512, guid(),
				List.of(new Receipt(MessageType.CEB512, guid(), logisticsNo, Receipt.ENTERED, now, "新增申报成功").toCeb())));
		assertThat(receipts.receiveAll(entered).outcome()).isEqualTo(CustomsReceipts.Outcome.APPLIED);
		String refusal = signedByCustoms(new CebBatch(MessageType.CEB900, guid(),
				List.of(new Receipt(MessageType.CEB900, guid(), batch, Receipt.FORMAT_ERROR, now, "签名验证失败").toCeb())));
		assertThat(receipts.receiveAll(refusal).outcome()).isEqualTo(CustomsReceipts.Outcome.APPLIED);

		assertThat(documentStatuses(acknowledged)).containsExactly("CEB311 PENDING", "CEB411 PENDING",
				"CEB511 ACKNOWLEDGED", "CEB621 PENDING");
		assertThat(declarationStatus(acknowledged)).isEqualTo("DECLARED");
		assertThat(lateFormatErrors(acknowledged)).containsExactly("DECLARED");
		String other = orders.get(1);
		assertThat(documentStatuses(other)).containsExactly("CEB311 PENDING", "CEB411 PENDING", "CEB511 FAILED",
				"CEB621 PENDING");
		assertThat(declarationStatus(other)).isEqualTo("ERROR");
		assertThat(lateFormatErrors(other)).isEmpty();
		// Their other documents are never sent: customs, back after this test, would
		// answer them together with another test's.
		jdbc.sql("""
				UPDATE customs_outbox SET status = 'FAILED' WHERE status = 'PENDING'
				  AND declaration_id IN (SELECT id FROM customs_declaration WHERE order_id IN (:orders))""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.update();
	}

	private List<String> documentStatuses(String order) {
		return jdbc.sql("""
				SELECT o.message_type || ' ' || o.status FROM customs_outbox o
				JOIN customs_declaration d ON d.id = o.declaration_id WHERE d.order_id = :o ORDER BY o.seq""")
			.param("o", UUID.fromString(order))
			.query(String.class)
			.list();
	}

	/** The statuses recorded with the history lines of late format errors. */
	private List<String> lateFormatErrors(String order) {
		return jdbc.sql("""
				SELECT e.status FROM customs_declaration_event e JOIN customs_declaration d ON d.id = e.declaration_id
				WHERE d.order_id = :o AND e.reason = :key""")
			.param("o", UUID.fromString(order))
			.param("key", CustomsReceipts.LATE_FORMAT_ERROR_KEY)
			.query(String.class)
			.list();
	}

	@Test
	void customsRefusingAWholeMessageReachesEveryDocumentInIt() throws Exception {
		outage("DOWN");
		List<String> orders = List.of(arrivedOrder(), arrivedOrder());
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> orders.stream().allMatch(o -> declarationStatus(o) != null) && failedOnce(orders));
		// Each went alone when declared; due again together, they go (and fail) in one
		// message per type; customs' CEB900 names the CEB511s' message.
		clock.advance(Duration.ofSeconds(6));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("""
					SELECT COUNT(*) FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
					WHERE d.order_id IN (:orders) AND o.attempts = 2""")
				.param("orders", orders.stream().map(UUID::fromString).toList())
				.query(Long.class)
				.single() == 8L);
		String batch = jdbc.sql("""
				SELECT DISTINCT o.batch_guid FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders) AND o.message_type = 'CEB511'""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(String.class)
			.single();
		String refusal = signedByCustoms(new CebBatch(MessageType.CEB900, guid(),
				List.of(new Receipt(MessageType.CEB900, guid(), batch, Receipt.FORMAT_ERROR, clock.instant(), "签名验证失败")
					.toCeb())));
		assertThat(receipts.receiveAll(refusal).lines()).singleElement()
			.satisfies(l -> assertThat(l.outcome()).isEqualTo(CustomsReceipts.Outcome.APPLIED));
		for (String order : orders) {
			assertThat(declarationStatus(order)).isEqualTo("ERROR");
			assertThat(jdbc.sql("""
					SELECT o.message_type || ' ' || o.status FROM customs_outbox o
					JOIN customs_declaration d ON d.id = o.declaration_id WHERE d.order_id = :o ORDER BY o.seq""")
				.param("o", UUID.fromString(order))
				.query(String.class)
				.list()).containsExactly("CEB311 PENDING", "CEB411 PENDING", "CEB511 FAILED", "CEB621 PENDING");
		}
		assertThat(receipts.receiveAll(refusal).outcome()).isEqualTo(CustomsReceipts.Outcome.DUPLICATE);
	}

	@Test
	void aDecisionMessageReleasesAndHoldsEachDeclarationOnItsOwn() throws Exception {
		outage("DOWN");
		List<String> orders = List.of(arrivedOrder(), arrivedOrder(), arrivedOrder());
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> orders.stream().allMatch(o -> "DECLARED".equals(declarationStatus(o))));
		List<String> copNos = orders.stream()
			.map(o -> jdbc.sql("SELECT cop_no FROM customs_declaration WHERE order_id = :o")
				.param("o", UUID.fromString(o))
				.query(String.class)
				.single())
			.toList();
		// Customs' decisions in one message: the first and third released (together), the
		// second held (on its own).
		Instant now = clock.instant();
		String decisions = signedByCustoms(new CebBatch(MessageType.CEB622, guid(), List.of(
				new Receipt(MessageType.CEB622, guid(), copNos.get(0), Receipt.RELEASED, now, "放行",
						"29912026I000000001")
					.toCeb(),
				new Receipt(MessageType.CEB622, guid(), copNos.get(1), Receipt.MANUAL_REVIEW, now, "人工审核 (held)")
					.toCeb(),
				new Receipt(MessageType.CEB622, guid(), copNos.get(2), Receipt.RELEASED, now, "放行",
						"29912026I000000002")
					.toCeb())));
		assertThat(receipts.receiveAll(decisions).lines()).extracting(CustomsReceipts.Line::outcome)
			.containsOnly(CustomsReceipts.Outcome.APPLIED)
			.hasSize(3);
		assertThat(orders.stream().map(this::declarationStatus)).containsExactly("RELEASED", "HELD", "RELEASED");
		assertThat(orders.stream().map(this::orderStatus)).containsExactly("CLEARED", "IN_CUSTOMS", "CLEARED");
		assertThat(jdbc.sql("SELECT tax_bill_ref FROM customs_declaration WHERE order_id IN (:o) ORDER BY tax_bill_ref")
			.param("o", orders.stream().map(UUID::fromString).toList())
			.query(String.class)
			.list()).containsExactly("29912026I000000001", "29912026I000000002", null);
		List<Long> events = orders.stream().map(this::historyCount).toList();
		// Delivered again: each line a duplicate, nothing changes.
		assertThat(receipts.receiveAll(decisions).lines()).extracting(CustomsReceipts.Line::outcome)
			.containsOnly(CustomsReceipts.Outcome.DUPLICATE);
		assertThat(orders.stream().map(this::historyCount)).isEqualTo(events);
	}

	private long historyCount(String order) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM customs_declaration_event e JOIN customs_declaration d ON d.id = e.declaration_id
				WHERE d.order_id = :o""").param("o", UUID.fromString(order)).query(Long.class).single();
	}

	private boolean failedOnce(List<String> orders) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE d.order_id IN (:orders) AND o.attempts = 1 AND o.last_error IS NOT NULL""")
			.param("orders", orders.stream().map(UUID::fromString).toList())
			.query(Long.class)
			.single() == 4L * orders.size();
	}

	private void outage(String mode) throws Exception {
		mvc.perform(put("/simulators/china-customs/outage").contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"" + mode + "\"}")).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions simulatorTakes(String xml) throws Exception {
		return mvc.perform(
				post("/simulators/china-customs/ceb/messages").contentType(MediaType.APPLICATION_XML).content(xml));
	}

	/** The lines of the receipt messages the simulator made since, by kind, in order. */
	private Map<MessageType, List<Receipt>> answersSince(List<String> before) {
		List<String> made = new ArrayList<>(simulator.sentReceipts());
		made.removeAll(before);
		Map<MessageType, List<Receipt>> lines = new EnumMap<>(MessageType.class);
		for (String body : made) {
			for (CebMessage line : CebXml.readBatch(CebXml.parse(body)).documents()) {
				Receipt r = Receipt.from(line);
				lines.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
			}
		}
		return lines;
	}

	private long countSimMessages(String guid) {
		return jdbc.sql("SELECT COUNT(*) FROM customs_sim_message WHERE guid = :g")
			.param("g", guid)
			.query(Long.class)
			.single();
	}

	private static CebMessage with(CebMessage m, String field, String value) {
		Map<String, String> head = new LinkedHashMap<>(m.head());
		head.put(field, value);
		return new CebMessage(m.type(), m.guid(), head, m.lines());
	}

	private static CebMessage without(CebMessage m, String field) {
		Map<String, String> head = new LinkedHashMap<>(m.head());
		head.remove(field);
		return new CebMessage(m.type(), m.guid(), head, m.lines());
	}

	private static String guid() {
		return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
	}

}
