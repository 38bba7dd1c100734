package org.isoko.logistics;

import org.isoko.support.CrossBorderOrders;
import org.isoko.support.CrossBorderYears;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClock;
import org.isoko.support.MutableClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole application with demo users and a movable clock: orders placed, paid and
 * accepted through the API, so that each test has a parcel of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
abstract class LogisticsTestSupport {

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
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	CrossBorderYears crossBorderYears;

	@Autowired
	MutableClock clock;

	private CrossBorderOrders orders;

	/** The order helpers this class shares with the customs tests. */
	CrossBorderOrders orders() {
		if (orders == null) {
			orders = new CrossBorderOrders(mvc, jdbc, lotFixtures, crossBorderYears);
		}
		return orders;
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return orders().call(email, request);
	}

	ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return orders().call(email, request, json);
	}

	/** An order of {@code bags} 1 kg bags (1.05 kg gross) KGL→HGH, paid and accepted. */
	String acceptedOrder(String sellerOrganisation, String seller, int bags) throws Exception {
		return orders().acceptedOrder(sellerOrganisation, seller, bags);
	}

	/** The waybill of an order's parcel, once the listener created it. */
	String waybillOf(String order) {
		return orders().waybillOf(order);
	}

	String orderStatus(String order) {
		return orders().orderStatus(order);
	}

	String corridor() {
		return lotFixtures.corridor("KGL", "HGH").toString();
	}

}
