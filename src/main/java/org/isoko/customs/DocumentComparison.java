package org.isoko.customs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.isoko.customs.ceb.CebMessage;
import org.isoko.customs.ceb.MatchRules;
import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.ResidentId;
import org.jspecify.annotations.Nullable;

/**
 * The four documents of a declaration side by side, one row per fact they share (order
 * number, payer, consignee, amounts, weight...), each cell marked when customs' match
 * rules name that field as disagreeing. ID numbers are shown masked.
 *
 * @param rows the facts, in the order an officer reads them
 * @param findings every failed check, including those of no single cell (line totals,
 * limits), ID numbers masked
 */
public record DocumentComparison(List<Row> rows, List<Finding> findings) {

	/** The documents, in the order of the columns. */
	public static final List<MessageType> DOCUMENTS = List.of(MessageType.CEB311, MessageType.CEB411,
			MessageType.CEB511, MessageType.CEB621);

	/** One fact: its message key and the value each document gives (null: not in it). */
	public record Row(String key, List<@Nullable Cell> cells) {

		public boolean disagrees() {
			return cells.stream().anyMatch(c -> c != null && c.disagrees());
		}
	}

	public record Cell(String field, String value, boolean disagrees) {
	}

	/**
	 * A failed check: which ({@code MatchRules.Check}), the document and row it concerns
	 * (row null when it is of no single row), what was expected and what was found.
	 */
	public record Finding(MatchRules.Check check, MessageType document, @Nullable String row, String expected,
			String actual) {
	}

	private static final Set<String> ID_FIELDS = Set.of("buyerIdNumber", "payerIdNumber");

	/**
	 * Per row: its key, then the field in the order, payment, waybill and inventory list
	 * (null when that document does not carry it).
	 */
	private static final List<String[]> LAYOUT = List.of(
			new String[] { "orderNo", "orderNo", "orderNo", "orderNo", "orderNo" },
			new String[] { "buyerName", "buyerName", "payerName", null, "buyerName" },
			new String[] { "buyerIdType", "buyerIdType", "payerIdType", null, "buyerIdType" },
			new String[] { "buyerIdNumber", "buyerIdNumber", "payerIdNumber", null, "buyerIdNumber" },
			new String[] { "buyerTelephone", "buyerTelephone", "telephone", null, "buyerTelephone" },
			new String[] { "consignee", "consignee", null, "consignee", null },
			new String[] { "consigneeAddress", "consigneeAddress", null, "consigneeAddress", "consigneeAddress" },
			new String[] { "consigneeTelephone", "consigneeTelephone", null, "consigneeTelephone", null },
			new String[] { "goodsValue", "goodsValue", null, null, null },
			new String[] { "freight", "freight", null, "freight", "freight" },
			new String[] { "insuredFee", null, null, "insuredFee", "insuredFee" },
			new String[] { "taxTotal", "taxTotal", null, null, null },
			new String[] { "paid", "acturalPaid", "amountPaid", null, null },
			new String[] { "payCode", "payCode", "payCode", null, null },
			new String[] { "payTransactionId", "payTransactionId", "payTransactionId", null, null },
			new String[] { "logisticsCode", null, null, "logisticsCode", "logisticsCode" },
			new String[] { "logisticsNo", null, null, "logisticsNo", "logisticsNo" },
			new String[] { "weight", null, null, "weight", "grossWeight" },
			new String[] { "packNo", null, null, "packNo", "packNo" });

	static DocumentComparison of(Map<MessageType, CebMessage> documents, List<MatchRules.Failure> failures) {
		Set<String> flagged = failures.stream().map(MatchRules.Failure::field).collect(Collectors.toSet());
		List<Row> rows = new ArrayList<>();
		for (String[] layout : LAYOUT) {
			List<@Nullable Cell> cells = new ArrayList<>();
			for (int i = 0; i < DOCUMENTS.size(); i++) {
				String field = layout[i + 1];
				CebMessage message = documents.get(DOCUMENTS.get(i));
				if (field == null || message == null) {
					cells.add(null);
					continue;
				}
				String value = message.optional(field);
				value = value == null ? "" : ID_FIELDS.contains(field) ? ResidentId.masked(value) : value;
				cells.add(new Cell(field, value, flagged.contains(DOCUMENTS.get(i).name() + "." + field)));
			}
			rows.add(new Row(layout[0], cells));
		}
		List<Finding> findings = failures.stream().map(DocumentComparison::finding).toList();
		return new DocumentComparison(rows, findings);
	}

	private static Finding finding(MatchRules.Failure f) {
		String[] parts = f.field().split("\\.");
		String field = parts[parts.length - 1];
		MessageType document = MessageType.valueOf(parts[0]);
		String row = LAYOUT.stream()
			.filter(l -> Arrays.asList(l).subList(1, l.length).contains(field))
			.map(l -> l[0])
			.findFirst()
			.orElse(null);
		boolean id = ID_FIELDS.contains(field);
		return new Finding(f.check(), document, row, id ? ResidentId.masked(f.expected()) : f.expected(),
				id ? ResidentId.masked(f.actual()) : f.actual());
	}

}
