package org.isoko.customs.ceb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * CEB816, the electronic tax bill (电子税单) China's customs issues for a released inventory
 * list: its number ({@code taxNo}), the inventory number it is issued under
 * ({@code invtNo}), the duty, VAT and consumption tax assessed (yuan, up to five
 * decimals) and its status, with the same three taxes per goods line ({@code TaxListRd},
 * by {@code gnum} and HS code {@code gcode}, on its {@code taxPrice}). Field names and
 * order as in the published CEB816 bindings; {@code orderNo} and {@code logisticsNo}
 * close the head in some versions and are optional here.
 *
 * @param status {@link #GENERATED} (已生成), {@link #SUMMARISED} (已汇总, paid in the periodic
 * summary) or {@link #VOID} (作废)
 * @param entDutyNo the payment notice number (缴款书编号), once one is issued
 * @param assureCode the guarantor enterprise (担保企业) whose guarantee covers the tax
 */
public record TaxBill(String guid, Instant returnTime, String invtNo, String taxNo, BigDecimal customsTax,
		BigDecimal valueAddedTax, BigDecimal consumptionTax, String status, @Nullable String entDutyNo,
		@Nullable String note, @Nullable String assureCode, @Nullable String ebcCode, @Nullable String logisticsCode,
		@Nullable String agentCode, @Nullable String customsCode, @Nullable String orderNo,
		@Nullable String logisticsNo, List<Line> lines) {

	public static final String GENERATED = "1";

	public static final String SUMMARISED = "2";

	public static final String VOID = "3";

	/** At most this many goods lines per bill (the schema's maxOccurs). */
	public static final int MAX_LINES = 99;

	public TaxBill {
		lines = List.copyOf(lines);
	}

	/** One goods line of the bill: the taxes assessed on it. */
	public record Line(int gnum, String gcode, BigDecimal taxPrice, BigDecimal customsTax, BigDecimal valueAddedTax,
			BigDecimal consumptionTax) {
	}

	/** Duty, VAT and consumption tax together: what the bill asks for. */
	public BigDecimal total() {
		return customsTax.add(valueAddedTax).add(consumptionTax);
	}

	public CebMessage toCeb() {
		Map<String, String> head = new LinkedHashMap<>();
		head.put("guid", guid);
		head.put("returnTime", returnTime(returnTime));
		head.put("invtNo", invtNo);
		head.put("taxNo", taxNo);
		head.put("customsTax", amount(customsTax));
		head.put("valueAddedTax", amount(valueAddedTax));
		head.put("consumptionTax", amount(consumptionTax));
		head.put("status", status);
		optional(head, "entDutyNo", entDutyNo);
		optional(head, "note", note);
		optional(head, "assureCode", assureCode);
		optional(head, "ebcCode", ebcCode);
		optional(head, "logisticsCode", logisticsCode);
		optional(head, "agentCode", agentCode);
		optional(head, "customsCode", customsCode);
		optional(head, "orderNo", orderNo);
		optional(head, "logisticsNo", logisticsNo);
		List<Map<String, String>> list = new ArrayList<>(lines.size());
		for (Line l : lines) {
			Map<String, String> m = new LinkedHashMap<>();
			m.put("gnum", Integer.toString(l.gnum()));
			m.put("gcode", l.gcode());
			m.put("taxPrice", amount(l.taxPrice()));
			m.put("customsTax", amount(l.customsTax()));
			m.put("valueAddedTax", amount(l.valueAddedTax()));
			m.put("consumptionTax", amount(l.consumptionTax()));
			list.add(m);
		}
		return new CebMessage(MessageType.CEB816, guid, head, list);
	}

	public static TaxBill from(CebMessage m) {
		Ceb.expect(m, MessageType.CEB816);
		MessageType t = m.type();
		List<Line> lines = m.lines()
			.stream()
			.map(l -> new Line(Ceb.decimal(t, l, "gnum").intValueExact(), CebMessage.required(t, l, "gcode"),
					Ceb.decimal(t, l, "taxPrice"), Ceb.decimal(t, l, "customsTax"), Ceb.decimal(t, l, "valueAddedTax"),
					Ceb.decimal(t, l, "consumptionTax")))
			.toList();
		if (lines.isEmpty() || lines.size() > MAX_LINES) {
			throw new CebFormatException("CEB816 has " + lines.size() + " TaxListRd, 1 to " + MAX_LINES + " expected");
		}
		String status = m.required("status");
		if (!List.of(GENERATED, SUMMARISED, VOID).contains(status)) {
			throw new CebFormatException("CEB816 status " + status + " is not 1, 2 or 3");
		}
		return new TaxBill(m.required("guid"), returnTime(m.required("returnTime")), m.required("invtNo"),
				m.required("taxNo"), Ceb.decimal(m, "customsTax"), Ceb.decimal(m, "valueAddedTax"),
				Ceb.decimal(m, "consumptionTax"), status, m.optional("entDutyNo"), m.optional("note"),
				m.optional("assureCode"), m.optional("ebcCode"), m.optional("logisticsCode"), m.optional("agentCode"),
				m.optional("customsCode"), m.optional("orderNo"), m.optional("logisticsNo"), lines);
	}

	/**
	 * The tax bill's time has milliseconds ({@code yyyyMMddHHmmssSSS}, 17 digits, China's
	 * time); one without them (14) is read too.
	 */
	static String returnTime(Instant at) {
		int millis = at.getNano() / 1_000_000;
		return Ceb.time(at) + String.format(java.util.Locale.ROOT, "%03d", millis);
	}

	static Instant returnTime(String text) {
		if (text.length() == 17 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Ceb.time(text.substring(0, 14)).plusMillis(Integer.parseInt(text.substring(14)));
		}
		return Ceb.time(text);
	}

	/** Yuan with two decimals, or as assessed when customs gave more (up to five). */
	private static String amount(BigDecimal yuan) {
		return yuan.scale() <= 2 ? Ceb.amount(yuan) : yuan.toPlainString();
	}

	private static void optional(Map<String, String> head, String name, @Nullable String value) {
		if (value != null) {
			head.put(name, value);
		}
	}

}
