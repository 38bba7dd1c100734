package org.isoko.customs.ceb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * CEB816, China's electronic tax bill: written with the field names and order of the
 * published bindings ({@code Tax}, {@code TaxHeadRd}, {@code TaxListRd}), no
 * {@code BaseTransfer} (customs sends it), signed like a receipt, read back to itself
 * (several bills in one message too); an incomplete or unknown bill is refused.
 */
class TaxBillTests {

	static final Instant ISSUED = Instant.parse("2026-12-07T06:30:15.042Z");

	static TaxBill bill(String guid, String taxNo) {
		return new TaxBill(guid, ISSUED, "29912026I000000042", taxNo, new BigDecimal("0.00"), new BigDecimal("12.74"),
				new BigDecimal("0.00"), TaxBill.GENERATED, null, null, "330766K00Q", "ISOKOEBC01", "ISOKOLOG01", null,
				"2991", "ISK-2026-000042", "KGLHGH0000042",
				List.of(new TaxBill.Line(1, "0901210000", new BigDecimal("100.00"), new BigDecimal("0.00"),
						new BigDecimal("9.10"), new BigDecimal("0.00")),
						new TaxBill.Line(2, "0901220000", new BigDecimal("40.00"), new BigDecimal("0.00"),
								new BigDecimal("3.64"), new BigDecimal("0.00"))));
	}

	@Test
	void aTaxBillIsWrittenWithItsCebFieldsSignedAndReadBackToItself() {
		TaxBill bill = bill("8A2C5E1F-0000-4000-8000-000000000042", "TX2991202612070042");
		String xml = CebSignature.sign(CebXml.write(bill.toCeb(), CebSamples.TRANSFER), CebSamples.keys());
		assertThat(xml)
			.contains("<ceb:CEB816Message", "<ceb:Tax><ceb:TaxHeadRd><ceb:guid>",
					"<ceb:returnTime>20261207143015042</ceb:returnTime>",
					"<ceb:invtNo>29912026I000000042</ceb:invtNo><ceb:taxNo>TX2991202612070042</ceb:taxNo>"
							+ "<ceb:customsTax>0.00</ceb:customsTax><ceb:valueAddedTax>12.74</ceb:valueAddedTax>"
							+ "<ceb:consumptionTax>0.00</ceb:consumptionTax><ceb:status>1</ceb:status>",
					"<ceb:TaxListRd><ceb:gnum>1</ceb:gnum><ceb:gcode>0901210000</ceb:gcode>"
							+ "<ceb:taxPrice>100.00</ceb:taxPrice>")
			.doesNotContain("BaseTransfer", "entDutyNo");
		assertThat(xml.split("<ceb:TaxListRd>", -1)).hasSize(3);
		Document document = CebXml.parse(xml);
		assertThat(CebSignature.verify(document, CebSamples.keys().getPublic())).isTrue();
		TaxBill read = TaxBill.from(CebXml.read(document));
		assertThat(read).isEqualTo(bill);
		assertThat(read.total()).isEqualByComparingTo("12.74");
		assertThat(read.returnTime()).isEqualTo(ISSUED);
		// Changing an amount breaks customs' signature.
		assertThat(CebSignature.verify(xml.replace(">12.74<", ">1.27<"), CebSamples.keys().getPublic())).isFalse();
	}

	@Test
	void severalBillsTravelInOneMessageEachWithItsOwnGuid() {
		TaxBill first = bill("GUID-1", "TX-1");
		TaxBill second = bill("GUID-2", "TX-2");
		String xml = CebXml
			.toText(CebXml.write(new CebBatch(MessageType.CEB816, "BATCH", List.of(first.toCeb(), second.toCeb())),
					CebSamples.TRANSFER));
		CebBatch read = CebXml.readBatch(CebXml.parse(xml));
		assertThat(read.guid()).isEqualTo("BATCH");
		assertThat(read.documents()).extracting(m -> TaxBill.from(m)).containsExactly(first, second);
	}

	@Test
	void customsAmountsWithFiveDecimalsAndATimeWithoutMillisecondsAreRead() {
		CebMessage m = bill("G", "TX-5").toCeb();
		Map<String, String> head = new LinkedHashMap<>(m.head());
		head.put("valueAddedTax", "12.74000");
		head.put("returnTime", "20261207143015");
		head.remove("orderNo");
		TaxBill read = TaxBill.from(new CebMessage(m.type(), m.guid(), head, m.lines()));
		assertThat(read.valueAddedTax()).isEqualByComparingTo("12.74");
		assertThat(read.returnTime()).isEqualTo(Instant.parse("2026-12-07T06:30:15Z"));
		assertThat(read.orderNo()).isNull();
		assertThat(TaxBill.from(CebXml.read(CebXml.toText(CebXml.write(read.toCeb(), CebSamples.TRANSFER))))
			.valueAddedTax()).isEqualByComparingTo("12.74");
	}

	@Test
	void aBillIsKeptAmongTheReceiptsByItsGuidButNoDeclarationIs() {
		Instant at = Instant.parse("2026-12-07T06:30:15Z");
		Receipt kept = new Receipt(MessageType.CEB816, "G", "29912026I000000001", TaxBill.GENERATED, at,
				"taxNo TX-9, total 12.74", null);
		assertThat(kept.type()).isEqualTo(MessageType.CEB816);
		assertThatThrownBy(() -> new Receipt(MessageType.CEB311, "G", "O-1", "120", at, ""))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anIncompleteOrUnknownBillIsRefused() {
		CebMessage m = bill("G", "TX-9").toCeb();
		for (String field : List.of("taxNo", "invtNo", "valueAddedTax", "status", "returnTime")) {
			Map<String, String> head = new LinkedHashMap<>(m.head());
			head.remove(field);
			assertThatThrownBy(() -> TaxBill.from(new CebMessage(m.type(), m.guid(), head, m.lines()))).as(field)
				.isInstanceOf(CebFormatException.class);
		}
		Map<String, String> unknown = new LinkedHashMap<>(m.head());
		unknown.put("status", "9");
		assertThatThrownBy(() -> TaxBill.from(new CebMessage(m.type(), m.guid(), unknown, m.lines())))
			.isInstanceOf(CebFormatException.class)
			.hasMessageContaining("status");
		assertThatThrownBy(() -> TaxBill.from(new CebMessage(m.type(), m.guid(), m.head(), List.of())))
			.isInstanceOf(CebFormatException.class)
			.hasMessageContaining("TaxListRd");
		// A tax bill is not a receipt line.
		assertThatThrownBy(() -> Receipt.from(m)).isInstanceOf(CebFormatException.class);
	}

}
