package org.isoko.customs.ceb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CEB621, the inventory list: the declaration proper under trade mode 9610, naming the
 * order, the waybill, the orderer and the goods with their declared gross weight.
 */
public record InventoryMessage(String guid, Instant appTime, String orderNo, String ebpCode, String ebpName,
		String ebcCode, String ebcName, String logisticsCode, String logisticsNo, String copNo, String buyerIdType,
		String buyerIdNumber, String buyerName, String buyerTelephone, String consigneeAddress, BigDecimal freight,
		BigDecimal insuredFee, BigDecimal grossWeight, int packNo, List<Line> lines) {

	public InventoryMessage {
		lines = List.copyOf(lines);
	}

	public record Line(int gnum, String itemNo, String itemName, String gcode, String country, BigDecimal qty,
			String unit, BigDecimal price, BigDecimal totalPrice) {
	}

	public CebMessage toCeb() {
		Map<String, String> head = new LinkedHashMap<>();
		head.put("guid", guid);
		head.put("appType", Ceb.APP_TYPE_NEW);
		head.put("appTime", Ceb.time(appTime));
		head.put("appStatus", Ceb.APP_STATUS_DECLARED);
		head.put("orderNo", orderNo);
		head.put("ebpCode", ebpCode);
		head.put("ebpName", ebpName);
		head.put("ebcCode", ebcCode);
		head.put("ebcName", ebcName);
		head.put("logisticsNo", logisticsNo);
		head.put("logisticsCode", logisticsCode);
		head.put("copNo", copNo);
		head.put("ieFlag", "I");
		head.put("buyerIdType", buyerIdType);
		head.put("buyerIdNumber", buyerIdNumber);
		head.put("buyerName", buyerName);
		head.put("buyerTelephone", buyerTelephone);
		head.put("consigneeAddress", consigneeAddress);
		head.put("tradeMode", Ceb.TRADE_MODE_9610);
		head.put("freight", Ceb.amount(freight));
		head.put("insuredFee", Ceb.amount(insuredFee));
		head.put("currency", Ceb.CURRENCY_CNY);
		head.put("packNo", Integer.toString(packNo));
		head.put("grossWeight", Ceb.weight(grossWeight));
		List<Map<String, String>> list = lines.stream().map(l -> {
			Map<String, String> m = new LinkedHashMap<>();
			m.put("gnum", Integer.toString(l.gnum()));
			m.put("itemNo", l.itemNo());
			m.put("itemName", l.itemName());
			m.put("gcode", l.gcode());
			m.put("country", l.country());
			m.put("currency", Ceb.CURRENCY_CNY);
			m.put("qty", l.qty().toPlainString());
			m.put("unit", l.unit());
			m.put("price", Ceb.amount(l.price()));
			m.put("totalPrice", Ceb.amount(l.totalPrice()));
			return m;
		}).toList();
		return new CebMessage(MessageType.CEB621, guid, head, list);
	}

	public static InventoryMessage from(CebMessage m) {
		Ceb.expect(m, MessageType.CEB621);
		if (!Ceb.TRADE_MODE_9610.equals(m.required("tradeMode"))) {
			throw new CebFormatException("CEB621 tradeMode must be " + Ceb.TRADE_MODE_9610);
		}
		MessageType t = m.type();
		List<Line> lines = m.lines()
			.stream()
			.map(l -> new Line(Ceb.decimal(t, l, "gnum").intValueExact(), CebMessage.required(t, l, "itemNo"),
					CebMessage.required(t, l, "itemName"), CebMessage.required(t, l, "gcode"),
					CebMessage.required(t, l, "country"), Ceb.decimal(t, l, "qty"), CebMessage.required(t, l, "unit"),
					Ceb.decimal(t, l, "price"), Ceb.decimal(t, l, "totalPrice")))
			.toList();
		if (lines.isEmpty()) {
			throw new CebFormatException("CEB621 has no InventoryList");
		}
		return new InventoryMessage(m.required("guid"), Ceb.time(m.required("appTime")), m.required("orderNo"),
				m.required("ebpCode"), m.required("ebpName"), m.required("ebcCode"), m.required("ebcName"),
				m.required("logisticsCode"), m.required("logisticsNo"), m.required("copNo"), m.required("buyerIdType"),
				m.required("buyerIdNumber"), m.required("buyerName"), m.required("buyerTelephone"),
				m.required("consigneeAddress"), Ceb.decimal(m, "freight"), Ceb.decimal(m, "insuredFee"),
				Ceb.decimal(m, "grossWeight"), Ceb.decimal(m, "packNo").intValueExact(), lines);
	}

}
