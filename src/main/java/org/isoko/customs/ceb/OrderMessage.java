package org.isoko.customs.ceb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CEB311, the platform's order: its amounts (acturalPaid = goodsValue + freight +
 * taxTotal − discount, CEB's own spelling), the orderer (buyer) with ID, the payment that
 * paid it, the consignee and the lines with HS code (gcode) and country of origin.
 */
public record OrderMessage(String guid, Instant appTime, String orderNo, String ebpCode, String ebpName, String ebcCode,
		String ebcName, BigDecimal goodsValue, BigDecimal freight, BigDecimal discount, BigDecimal taxTotal,
		BigDecimal acturalPaid, String buyerName, String buyerIdType, String buyerIdNumber, String buyerTelephone,
		String payCode, String payName, String payTransactionId, String consignee, String consigneeTelephone,
		String consigneeAddress, List<Line> lines) {

	public OrderMessage {
		lines = List.copyOf(lines);
	}

	/** One line; {@code country} is the origin, ISO 3166 numeric. */
	public record Line(int gnum, String itemNo, String itemName, String gcode, String unit, BigDecimal qty,
			BigDecimal price, BigDecimal totalPrice, String country) {
	}

	/** What an order must actually have been paid: goods + freight + tax − discount. */
	public static BigDecimal acturalPaid(BigDecimal goodsValue, BigDecimal freight, BigDecimal taxTotal,
			BigDecimal discount) {
		return goodsValue.add(freight).add(taxTotal).subtract(discount);
	}

	public CebMessage toCeb() {
		Map<String, String> head = new LinkedHashMap<>();
		head.put("guid", guid);
		head.put("appType", Ceb.APP_TYPE_NEW);
		head.put("appTime", Ceb.time(appTime));
		head.put("appStatus", Ceb.APP_STATUS_DECLARED);
		head.put("orderType", "I");
		head.put("orderNo", orderNo);
		head.put("ebpCode", ebpCode);
		head.put("ebpName", ebpName);
		head.put("ebcCode", ebcCode);
		head.put("ebcName", ebcName);
		head.put("goodsValue", Ceb.amount(goodsValue));
		head.put("freight", Ceb.amount(freight));
		head.put("discount", Ceb.amount(discount));
		head.put("taxTotal", Ceb.amount(taxTotal));
		head.put("acturalPaid", Ceb.amount(acturalPaid));
		head.put("currency", Ceb.CURRENCY_CNY);
		head.put("buyerRegNo", buyerIdNumber);
		head.put("buyerName", buyerName);
		head.put("buyerTelephone", buyerTelephone);
		head.put("buyerIdType", buyerIdType);
		head.put("buyerIdNumber", buyerIdNumber);
		head.put("payCode", payCode);
		head.put("payName", payName);
		head.put("payTransactionId", payTransactionId);
		head.put("consignee", consignee);
		head.put("consigneeTelephone", consigneeTelephone);
		head.put("consigneeAddress", consigneeAddress);
		List<Map<String, String>> list = lines.stream().map(l -> {
			Map<String, String> m = new LinkedHashMap<>();
			m.put("gnum", Integer.toString(l.gnum()));
			m.put("itemNo", l.itemNo());
			m.put("itemName", l.itemName());
			m.put("gcode", l.gcode());
			m.put("unit", l.unit());
			m.put("qty", l.qty().toPlainString());
			m.put("price", Ceb.amount(l.price()));
			m.put("totalPrice", Ceb.amount(l.totalPrice()));
			m.put("currency", Ceb.CURRENCY_CNY);
			m.put("country", l.country());
			return m;
		}).toList();
		return new CebMessage(MessageType.CEB311, guid, head, list);
	}

	public static OrderMessage from(CebMessage m) {
		Ceb.expect(m, MessageType.CEB311);
		if (!Ceb.CURRENCY_CNY.equals(m.required("currency"))) {
			throw new CebFormatException("CEB311 currency must be " + Ceb.CURRENCY_CNY);
		}
		MessageType t = m.type();
		List<Line> lines = m.lines()
			.stream()
			.map(l -> new Line(Ceb.decimal(t, l, "gnum").intValueExact(), CebMessage.required(t, l, "itemNo"),
					CebMessage.required(t, l, "itemName"), CebMessage.required(t, l, "gcode"),
					CebMessage.required(t, l, "unit"), Ceb.decimal(t, l, "qty"), Ceb.decimal(t, l, "price"),
					Ceb.decimal(t, l, "totalPrice"), CebMessage.required(t, l, "country")))
			.toList();
		if (lines.isEmpty()) {
			throw new CebFormatException("CEB311 has no OrderList");
		}
		return new OrderMessage(m.required("guid"), Ceb.time(m.required("appTime")), m.required("orderNo"),
				m.required("ebpCode"), m.required("ebpName"), m.required("ebcCode"), m.required("ebcName"),
				Ceb.decimal(m, "goodsValue"), Ceb.decimal(m, "freight"), Ceb.decimal(m, "discount"),
				Ceb.decimal(m, "taxTotal"), Ceb.decimal(m, "acturalPaid"), m.required("buyerName"),
				m.required("buyerIdType"), m.required("buyerIdNumber"), m.required("buyerTelephone"),
				m.required("payCode"), m.required("payName"), m.required("payTransactionId"), m.required("consignee"),
				m.required("consigneeTelephone"), m.required("consigneeAddress"), lines);
	}

}
