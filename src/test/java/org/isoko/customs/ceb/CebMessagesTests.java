package org.isoko.customs.ceb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The four declarations and the receipts are written with the CEB field names in the CEB
 * namespace, signed, verified and read back to what was written; a tampered message or
 * another key fails verification; what is not a CEB message is refused.
 */
class CebMessagesTests {

	private final long seed = System.nanoTime();

	private final Random random = new Random(seed);

	private String signed(CebMessage message) {
		return CebSignature.sign(CebXml.write(message, CebSamples.TRANSFER), CebSamples.keys());
	}

	@Test
	void theOrderCarriesTheFieldsOfCeb311AndReadsBackToItself() {
		System.out.println("seed " + seed);
		MatchRules.Documents d = CebSamples.documents(random);
		String xml = signed(d.order().toCeb());
		assertThat(xml).contains("xmlns:ceb=\"" + CebXml.NAMESPACE + "\"", "<ceb:CEB311Message",
				"guid=\"" + d.order().guid() + "\"", "<ceb:OrderHead>", "<ceb:OrderList>", "<ceb:BaseTransfer>",
				"<ceb:currency>142</ceb:currency>", "<ceb:buyerIdType>1</ceb:buyerIdType>",
				"<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">");
		for (String field : List.of("orderNo", "ebpCode", "ebpName", "ebcCode", "ebcName", "goodsValue", "freight",
				"discount", "taxTotal", "acturalPaid", "buyerName", "buyerIdNumber", "buyerTelephone", "payCode",
				"payTransactionId", "consignee", "gnum", "gcode", "country", "qty", "price", "totalPrice")) {
			assertThat(xml).contains("<ceb:" + field + ">");
		}
		assertThat(CebSignature.verify(xml, CebSamples.keys().getPublic())).isTrue();
		assertThat(OrderMessage.from(CebXml.read(xml))).isEqualTo(d.order());
	}

	@Test
	void actualPaidIsGoodsPlusFreightPlusTaxLessDiscount() {
		assertThat(OrderMessage.acturalPaid(new BigDecimal("100.00"), new BigDecimal("20.50"), new BigDecimal("11.02"),
				new BigDecimal("5.00")))
			.isEqualByComparingTo("126.52");
	}

	@Test
	void paymentWaybillAndInventoryReadBackToThemselves() {
		System.out.println("seed " + seed);
		MatchRules.Documents d = CebSamples.documents(random);
		String payment = signed(d.payment().toCeb());
		assertThat(payment).contains("<ceb:CEB411Message", "<ceb:PaymentHead>", "<ceb:payerIdNumber>",
				"<ceb:amountPaid>", "<ceb:payTime>", "<ceb:payTransactionId>");
		assertThat(PaymentMessage.from(CebXml.read(payment))).isEqualTo(d.payment());
		String waybill = signed(d.waybill().toCeb());
		assertThat(waybill).contains("<ceb:CEB511Message", "<ceb:LogisticsHead>", "<ceb:logisticsCode>",
				"<ceb:logisticsNo>", "<ceb:insuredFee>", "<ceb:weight>", "<ceb:packNo>", "<ceb:consignee>");
		assertThat(WaybillMessage.from(CebXml.read(waybill))).isEqualTo(d.waybill());
		String inventory = signed(d.inventory().toCeb());
		assertThat(inventory).contains("<ceb:CEB621Message", "<ceb:InventoryHead>", "<ceb:InventoryList>",
				"<ceb:tradeMode>9610</ceb:tradeMode>", "<ceb:grossWeight>", "<ceb:copNo>");
		assertThat(InventoryMessage.from(CebXml.read(inventory))).isEqualTo(d.inventory());
		for (String xml : List.of(payment, waybill, inventory)) {
			assertThat(CebSignature.verify(xml, CebSamples.keys().getPublic())).isTrue();
		}
	}

	@Test
	void receiptsReadBackToThemselves() {
		Instant at = Instant.parse("2026-12-06T10:15:30Z");
		for (var type : List.of(MessageType.CEB312, MessageType.CEB412, MessageType.CEB512, MessageType.CEB622,
				MessageType.CEB900)) {
			Receipt receipt = new Receipt(type, CebSamples.guid(random), "REF-1", Receipt.RELEASED, at, "放行");
			String xml = CebSignature.sign(CebXml.write(receipt.toCeb(), CebSamples.TRANSFER), CebSamples.keys());
			assertThat(xml).contains("<ceb:" + type + "Message", "<ceb:returnStatus>800</ceb:returnStatus>",
					"<ceb:returnTime>20261206181530</ceb:returnTime>");
			assertThat(CebSignature.verify(xml, CebSamples.keys().getPublic())).isTrue();
			assertThat(Receipt.from(CebXml.read(xml))).isEqualTo(receipt);
		}
	}

	@Test
	void aTamperedMessageOrAnotherKeyFailsVerification() {
		MatchRules.Documents d = CebSamples.documents(random);
		String xml = signed(d.waybill().toCeb());
		String weight = Ceb.weight(d.waybill().weight());
		String tampered = xml.replace("<ceb:weight>" + weight + "</ceb:weight>",
				"<ceb:weight>" + Ceb.weight(d.waybill().weight().add(BigDecimal.ONE)) + "</ceb:weight>");
		assertThat(tampered).isNotEqualTo(xml);
		assertThat(CebSignature.verify(tampered, CebSamples.keys().getPublic())).isFalse();
		assertThat(CebSignature.verify(xml, CebSamples.newKeys().getPublic())).isFalse();
		String unsigned = CebXml.toText(CebXml.write(d.waybill().toCeb(), CebSamples.TRANSFER));
		assertThat(CebSignature.verify(unsigned, CebSamples.keys().getPublic())).isFalse();
		assertThat(CebSignature.verify("not xml", CebSamples.keys().getPublic())).isFalse();
	}

	@Test
	void whatIsNotACebMessageIsRefused() {
		assertThatThrownBy(() -> CebXml.read("<a/>")).isInstanceOf(CebFormatException.class);
		assertThatThrownBy(() -> CebXml
			.read("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
					+ "<ceb:CEB311Message xmlns:ceb=\"" + CebXml.NAMESPACE + "\" guid=\"g\">&e;</ceb:CEB311Message>"))
			.isInstanceOf(CebFormatException.class);
		MatchRules.Documents d = CebSamples.documents(random);
		String xml = signed(d.order().toCeb()).replaceAll("<ceb:orderNo>[^<]*</ceb:orderNo>", "");
		assertThatThrownBy(() -> OrderMessage.from(CebXml.read(xml))).isInstanceOf(CebFormatException.class)
			.hasMessageContaining("orderNo");
		assertThatThrownBy(() -> PaymentMessage.from(CebXml.read(signed(d.order().toCeb()))))
			.isInstanceOf(CebFormatException.class);
	}

}
