package org.isoko.customs.ceb;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A receipt customs sends back (CEB312, 412, 512, 622 or 900): which message it answers
 * (the order number, payment transaction, waybill or enterprise inventory number; for a
 * CEB900 the guid of the unreadable message), the status code and the reason.
 *
 * <p>
 * A CEB622 release may carry {@code invtNo}, customs' number of the inventory list, under
 * which the electronic tax bill is issued: Isoko records it as the tax bill reference.
 *
 * <p>
 * Status codes used: 120 entered in customs' database, 100 returned (refused), 300 manual
 * review (held), 500 inspection (held), 800 released; a CEB900 carries -1.
 */
public record Receipt(MessageType type, String guid, String reference, String returnStatus, Instant returnTime,
		String returnInfo, @Nullable String invtNo) {

	public static final String ENTERED = "120";

	public static final String REFUSED = "100";

	public static final String MANUAL_REVIEW = "300";

	public static final String INSPECTION = "500";

	public static final String RELEASED = "800";

	public static final String FORMAT_ERROR = "-1";

	/**
	 * A receipt, or the record of a tax bill (CEB816) among the receipts: every message
	 * customs sends is kept once by its guid the same way. Only receipts are read from
	 * messages ({@link #from}).
	 */
	public Receipt {
		if (!type.sentByCustoms()) {
			throw new IllegalArgumentException(type + " is not sent by customs");
		}
	}

	public Receipt(MessageType type, String guid, String reference, String returnStatus, Instant returnTime,
			String returnInfo) {
		this(type, guid, reference, returnStatus, returnTime, returnInfo, null);
	}

	/** The receipt that answers a declaration of this type. */
	public static MessageType answering(MessageType declaration) {
		return switch (declaration) {
			case CEB311 -> MessageType.CEB312;
			case CEB411 -> MessageType.CEB412;
			case CEB511 -> MessageType.CEB512;
			case CEB621 -> MessageType.CEB622;
			default -> throw new IllegalArgumentException(declaration + " is not a declaration");
		};
	}

	private static String referenceField(MessageType type) {
		return switch (type) {
			case CEB312 -> "orderNo";
			case CEB412 -> "payTransactionId";
			case CEB512 -> "logisticsNo";
			case CEB622 -> "copNo";
			default -> "messageGuid";
		};
	}

	public boolean isHold() {
		return MANUAL_REVIEW.equals(returnStatus) || INSPECTION.equals(returnStatus);
	}

	public CebMessage toCeb() {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("guid", guid);
		body.put(referenceField(type), reference);
		if (invtNo != null) {
			body.put("invtNo", invtNo);
		}
		body.put("returnStatus", returnStatus);
		body.put("returnTime", Ceb.time(returnTime));
		body.put("returnInfo", returnInfo);
		return new CebMessage(type, guid, body, List.of());
	}

	public static Receipt from(CebMessage m) {
		if (!m.type().isReceipt()) {
			throw new CebFormatException(m.type() + " is not a receipt");
		}
		@Nullable String info = m.optional("returnInfo");
		return new Receipt(m.type(), m.required("guid"), m.required(referenceField(m.type())),
				m.required("returnStatus"), Ceb.time(m.required("returnTime")), info == null ? "" : info,
				m.type() == MessageType.CEB622 ? m.optional("invtNo") : null);
	}

}
