package org.isoko.customs.ceb;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CEB511, the carrier's waybill: the parcel's number (logisticsNo), its order, freight,
 * insured fee, weight in kg as weighed, pieces (packNo) and consignee.
 */
public record WaybillMessage(String guid, Instant appTime, String logisticsCode, String logisticsName,
		String logisticsNo, String orderNo, BigDecimal freight, BigDecimal insuredFee, BigDecimal weight, int packNo,
		String consignee, String consigneeAddress, String consigneeTelephone) {

	public CebMessage toCeb() {
		return toCeb(Ceb.APP_TYPE_NEW);
	}

	/**
	 * This waybill as an amendment of one declared before (appType 2): a message of its
	 * own (its own guid), not an edit of the first.
	 */
	public CebMessage toAmendment() {
		return toCeb(Ceb.APP_TYPE_CHANGE);
	}

	/** The same waybill with another weight (kg), as a new message. */
	public WaybillMessage reweighed(String newGuid, Instant at, BigDecimal kg) {
		return new WaybillMessage(newGuid, at, logisticsCode, logisticsName, logisticsNo, orderNo, freight, insuredFee,
				kg, packNo, consignee, consigneeAddress, consigneeTelephone);
	}

	private CebMessage toCeb(String appType) {
		Map<String, String> head = new LinkedHashMap<>();
		head.put("guid", guid);
		head.put("appType", appType);
		head.put("appTime", Ceb.time(appTime));
		head.put("appStatus", Ceb.APP_STATUS_DECLARED);
		head.put("logisticsCode", logisticsCode);
		head.put("logisticsName", logisticsName);
		head.put("logisticsNo", logisticsNo);
		head.put("orderNo", orderNo);
		head.put("freight", Ceb.amount(freight));
		head.put("insuredFee", Ceb.amount(insuredFee));
		head.put("currency", Ceb.CURRENCY_CNY);
		head.put("weight", Ceb.weight(weight));
		head.put("packNo", Integer.toString(packNo));
		head.put("consignee", consignee);
		head.put("consigneeAddress", consigneeAddress);
		head.put("consigneeTelephone", consigneeTelephone);
		return new CebMessage(MessageType.CEB511, guid, head, List.of());
	}

	public static WaybillMessage from(CebMessage m) {
		Ceb.expect(m, MessageType.CEB511);
		return new WaybillMessage(m.required("guid"), Ceb.time(m.required("appTime")), m.required("logisticsCode"),
				m.required("logisticsName"), m.required("logisticsNo"), m.required("orderNo"),
				Ceb.decimal(m, "freight"), Ceb.decimal(m, "insuredFee"), Ceb.decimal(m, "weight"),
				Ceb.decimal(m, "packNo").intValueExact(), m.required("consignee"), m.required("consigneeAddress"),
				m.required("consigneeTelephone"));
	}

}
