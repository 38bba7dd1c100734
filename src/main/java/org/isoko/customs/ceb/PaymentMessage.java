package org.isoko.customs.ceb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CEB411, the payment company's record of the payment of an order and of its payer. */
public record PaymentMessage(String guid, Instant appTime, String payCode, String payName, String payTransactionId,
		String orderNo, String ebpCode, String ebpName, String payerIdType, String payerIdNumber, String payerName,
		String telephone, BigDecimal amountPaid, Instant payTime) {

	public CebMessage toCeb() {
		Map<String, String> head = new LinkedHashMap<>();
		head.put("guid", guid);
		head.put("appType", Ceb.APP_TYPE_NEW);
		head.put("appTime", Ceb.time(appTime));
		head.put("appStatus", Ceb.APP_STATUS_DECLARED);
		head.put("payCode", payCode);
		head.put("payName", payName);
		head.put("payTransactionId", payTransactionId);
		head.put("orderNo", orderNo);
		head.put("ebpCode", ebpCode);
		head.put("ebpName", ebpName);
		head.put("payerIdType", payerIdType);
		head.put("payerIdNumber", payerIdNumber);
		head.put("payerName", payerName);
		head.put("telephone", telephone);
		head.put("amountPaid", Ceb.amount(amountPaid));
		head.put("currency", Ceb.CURRENCY_CNY);
		head.put("payTime", Ceb.time(payTime));
		return new CebMessage(MessageType.CEB411, guid, head, List.of());
	}

	public static PaymentMessage from(CebMessage m) {
		Ceb.expect(m, MessageType.CEB411);
		if (!Ceb.CURRENCY_CNY.equals(m.required("currency"))) {
			throw new CebFormatException("CEB411 currency must be " + Ceb.CURRENCY_CNY);
		}
		return new PaymentMessage(m.required("guid"), Ceb.time(m.required("appTime")), m.required("payCode"),
				m.required("payName"), m.required("payTransactionId"), m.required("orderNo"), m.required("ebpCode"),
				m.required("ebpName"), m.required("payerIdType"), m.required("payerIdNumber"), m.required("payerName"),
				m.required("telephone"), Ceb.decimal(m, "amountPaid"), Ceb.time(m.required("payTime")));
	}

}
