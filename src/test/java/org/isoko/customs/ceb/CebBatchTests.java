package org.isoko.customs.ceb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The batch contract: one CEB message (one root, one {@code BaseTransfer}, one signature)
 * carries several documents of one type, each read back to itself with its own guid;
 * changing any one of them breaks the signature of the whole; more than
 * {@link CebBatch#MAX_DOCUMENTS}, or documents of another type, are refused; receipts
 * carry one line per document answered.
 */
class CebBatchTests {

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	private List<MatchRules.Documents> parcels(int n) {
		System.out.println("seed " + seed);
		return IntStream.range(0, n).mapToObj(i -> CebSamples.documents(random)).toList();
	}

	private static String signed(CebBatch batch) {
		return CebSignature.sign(CebXml.write(batch, CebSamples.TRANSFER), CebSamples.keys());
	}

	@Test
	void severalOrdersTravelInOneSignedMessageAndEachReadsBackToItselfWithItsOwnGuid() {
		List<MatchRules.Documents> parcels = parcels(3);
		CebBatch batch = new CebBatch(MessageType.CEB311, "BATCH-1",
				parcels.stream().map(p -> p.order().toCeb()).toList());
		String xml = signed(batch);
		assertThat(xml).containsOnlyOnce("<ceb:CEB311Message")
			.containsOnlyOnce("<ceb:BaseTransfer>")
			.containsOnlyOnce("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
			.contains("guid=\"BATCH-1\"");
		assertThat(xml.split("<ceb:Order>", -1)).hasSize(4);
		Document document = CebXml.parse(xml);
		assertThat(CebSignature.verify(document, CebSamples.keys().getPublic())).isTrue();
		CebBatch read = CebXml.readBatch(document);
		assertThat(read.guid()).isEqualTo("BATCH-1");
		assertThat(read.documents()).hasSize(3);
		for (int i = 0; i < 3; i++) {
			CebMessage m = read.documents().get(i);
			assertThat(m.guid()).isEqualTo(parcels.get(i).order().guid());
			assertThat(OrderMessage.from(m)).isEqualTo(parcels.get(i).order());
		}
		// A message of several documents is not one document.
		assertThatThrownBy(() -> CebXml.read(xml)).isInstanceOf(CebFormatException.class).hasMessageContaining("has 3");
	}

	@Test
	void storedDocumentsJoinedAsTheyAreMakeTheMessageWritingThemAgainWould() {
		List<MatchRules.Documents> parcels = parcels(3);
		for (MessageType type : List.of(MessageType.CEB311, MessageType.CEB411, MessageType.CEB511,
				MessageType.CEB621)) {
			List<CebMessage> documents = parcels.stream().map(p -> switch (type) {
				case CEB311 -> p.order().toCeb();
				case CEB411 -> p.payment().toCeb();
				case CEB511 -> p.waybill().toCeb();
				default -> p.inventory().toCeb();
			}).toList();
			List<String> stored = documents.stream()
				.map(d -> CebXml.toText(CebXml.write(d, CebSamples.TRANSFER)))
				.toList();
			Document joined = CebXml.join(type, "JOINED", stored, CebSamples.TRANSFER).orElseThrow();
			Document written = CebXml.write(new CebBatch(type, "JOINED", documents), CebSamples.TRANSFER);
			assertThat(CebXml.toText(joined)).isEqualTo(CebXml.toText(written));
			assertThat(CebXml.readBatch(joined)).isEqualTo(CebXml.readBatch(written));
		}
		// Not as Isoko stores a document: the caller reads each instead.
		String order = CebXml.toText(CebXml.write(parcels.get(0).order().toCeb(), CebSamples.TRANSFER));
		assertThat(CebXml.join(MessageType.CEB311, "J", List.of(order, "(erased)"), CebSamples.TRANSFER)).isEmpty();
		assertThat(CebXml.join(MessageType.CEB311, "J", List.of(order.replace("</ceb:OrderHead>", "")),
				CebSamples.TRANSFER))
			.isEmpty();
	}

	@Test
	void inventoryListsPaymentsAndWaybillsToo() {
		List<MatchRules.Documents> parcels = parcels(2);
		CebBatch inventories = CebXml.readBatch(CebXml.parse(signed(
				new CebBatch(MessageType.CEB621, "B621", parcels.stream().map(p -> p.inventory().toCeb()).toList()))));
		CebBatch payments = CebXml.readBatch(CebXml.parse(signed(
				new CebBatch(MessageType.CEB411, "B411", parcels.stream().map(p -> p.payment().toCeb()).toList()))));
		CebBatch waybills = CebXml.readBatch(CebXml.parse(signed(
				new CebBatch(MessageType.CEB511, "B511", parcels.stream().map(p -> p.waybill().toCeb()).toList()))));
		for (int i = 0; i < 2; i++) {
			assertThat(InventoryMessage.from(inventories.documents().get(i))).isEqualTo(parcels.get(i).inventory());
			assertThat(PaymentMessage.from(payments.documents().get(i))).isEqualTo(parcels.get(i).payment());
			assertThat(WaybillMessage.from(waybills.documents().get(i))).isEqualTo(parcels.get(i).waybill());
		}
	}

	@Test
	void changingOneDocumentOfABatchBreaksTheSignatureOfTheWhole() {
		List<MatchRules.Documents> parcels = parcels(3);
		String xml = signed(
				new CebBatch(MessageType.CEB511, "BATCH-2", parcels.stream().map(p -> p.waybill().toCeb()).toList()));
		MatchRules.Documents second = parcels.get(1);
		String weight = "<ceb:weight>" + Ceb.weight(second.waybill().weight()) + "</ceb:weight>";
		assertThat(xml).contains(weight);
		String tampered = xml.replace(weight,
				"<ceb:weight>" + Ceb.weight(second.waybill().weight().add(BigDecimal.ONE)) + "</ceb:weight>");
		assertThat(tampered).isNotEqualTo(xml);
		assertThat(CebSignature.verify(tampered, CebSamples.keys().getPublic())).isFalse();
		// Nor may a document be dropped from, or added to, a signed batch.
		int first = xml.indexOf("<ceb:Logistics>");
		int end = xml.indexOf("</ceb:Logistics>") + "</ceb:Logistics>".length();
		String dropped = xml.substring(0, first) + xml.substring(end);
		assertThat(CebSignature.verify(dropped, CebSamples.keys().getPublic())).isFalse();
		String added = xml.substring(0, end) + xml.substring(first, end) + xml.substring(end);
		assertThat(CebSignature.verify(added, CebSamples.keys().getPublic())).isFalse();
		assertThat(CebSignature.verify(xml, CebSamples.keys().getPublic())).isTrue();
	}

	@Test
	void aDocumentThatCannotBeReadIsFoundOnItsOwnTheOthersStillRead() {
		List<MatchRules.Documents> parcels = parcels(3);
		List<CebMessage> orders = new ArrayList<>(parcels.stream().map(p -> p.order().toCeb()).toList());
		CebMessage second = orders.get(1);
		var head = new java.util.LinkedHashMap<>(second.head());
		head.remove("orderNo");
		orders.set(1, new CebMessage(second.type(), second.guid(), head, second.lines()));
		CebBatch read = CebXml.readBatch(CebXml.parse(signed(new CebBatch(MessageType.CEB311, "B", orders))));
		assertThat(OrderMessage.from(read.documents().get(0))).isEqualTo(parcels.get(0).order());
		assertThatThrownBy(() -> OrderMessage.from(read.documents().get(1))).isInstanceOf(CebFormatException.class)
			.hasMessageContaining("orderNo");
		assertThat(read.documents().get(1).guid()).isEqualTo(parcels.get(1).order().guid());
		assertThat(OrderMessage.from(read.documents().get(2))).isEqualTo(parcels.get(2).order());
	}

	@Test
	void receiptsCarryOneLinePerDocumentAnswered() {
		Instant at = Instant.parse("2026-12-06T10:15:30Z");
		List<Receipt> lines = List.of(
				new Receipt(MessageType.CEB622, "R1", "COP-1", Receipt.RELEASED, at, "放行", "29912026I000000001"),
				new Receipt(MessageType.CEB622, "R2", "COP-2", Receipt.MANUAL_REVIEW, at, "人工审核"),
				new Receipt(MessageType.CEB622, "R3", "COP-3", Receipt.RELEASED, at, "放行", "29912026I000000003"));
		String xml = CebSignature.sign(
				CebXml.write(new CebBatch(MessageType.CEB622, "ENVELOPE", lines.stream().map(Receipt::toCeb).toList()),
						CebSamples.TRANSFER),
				CebSamples.keys());
		assertThat(xml).containsOnlyOnce("<ceb:CEB622Message").doesNotContain("BaseTransfer");
		assertThat(xml.split("<ceb:InventoryReturn>", -1)).hasSize(4);
		CebBatch read = CebXml.readBatch(CebXml.parse(xml));
		assertThat(read.guid()).isEqualTo("ENVELOPE");
		assertThat(read.documents().stream().map(Receipt::from).toList()).isEqualTo(lines);
	}

	@Test
	void tooManyDocumentsOrDocumentsOfAnotherTypeAreRefused() {
		MatchRules.Documents d = parcels(1).get(0);
		CebMessage order = d.order().toCeb();
		assertThatThrownBy(() -> new CebBatch(MessageType.CEB311, "B",
				java.util.Collections.nCopies(CebBatch.MAX_DOCUMENTS + 1, order)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CebBatch(MessageType.CEB311, "B", List.of(order, d.payment().toCeb())))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CebBatch(MessageType.CEB311, "B", List.of()))
			.isInstanceOf(IllegalArgumentException.class);
		// Read: a message of more than the limit is refused whole.
		String one = CebXml.toText(CebXml.write(order, CebSamples.TRANSFER));
		int start = one.indexOf("<ceb:Order>");
		int end = one.indexOf("</ceb:Order>") + "</ceb:Order>".length();
		String body = one.substring(start, end);
		String tooMany = one.substring(0, start) + body.repeat(CebBatch.MAX_DOCUMENTS + 1) + one.substring(end);
		assertThatThrownBy(() -> CebXml.readBatch(CebXml.parse(tooMany))).isInstanceOf(CebFormatException.class)
			.hasMessageContaining("at most " + CebBatch.MAX_DOCUMENTS);
		String atTheLimit = one.substring(0, start) + body.repeat(CebBatch.MAX_DOCUMENTS) + one.substring(end);
		assertThat(CebXml.readBatch(CebXml.parse(atTheLimit)).documents()).hasSize(CebBatch.MAX_DOCUMENTS);
	}

}
