package org.isoko.logistics;

import org.isoko.support.CrossBorderTestSupport;
import org.isoko.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application with demo users and a movable clock: orders placed, paid and
 * accepted through the API, so that each test has a parcel of its own.
 */
abstract class LogisticsTestSupport extends CrossBorderTestSupport {

	static final String BUYER = "buyer.cn@isoko.demo";
	static final String COOP = "seller.coop@isoko.demo";
	static final String SME = "seller.sme@isoko.demo";
	static final String KIGALI = "logistics.kigali@isoko.demo";
	static final String HANGZHOU = "logistics.hangzhou@isoko.demo";
	static final String NAIROBI = "logistics.nairobi@isoko.demo";

	/** A well-formed waybill number no parcel has (serials are far from the top). */
	static final String UNKNOWN = new org.isoko.logistics.documents.HouseWaybillNumber(
			org.isoko.shared.HubCode.of("KGL"), 99_999_999L)
		.value();

	@Autowired
	MutableClock clock;

	String corridor() {
		return lotFixtures.corridor("KGL", "HGH").toString();
	}

}
