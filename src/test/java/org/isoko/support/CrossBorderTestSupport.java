package org.isoko.support;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole application on MockMvc with the demo users and a movable clock, for the tests
 * that follow cross-border orders through logistics and customs: the wiring of
 * {@link CrossBorderOrders} and its helpers, which the logistics, customs and entry test
 * supports share. Each test instance gets its own {@code CrossBorderOrders}, and so its
 * own bearer tokens.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
public abstract class CrossBorderTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected LotFixtures lotFixtures;

	@Autowired
	protected CrossBorderYears crossBorderYears;

	private @Nullable CrossBorderOrders orders;

	protected CrossBorderOrders orders() {
		if (orders == null) {
			orders = new CrossBorderOrders(mvc, jdbc, lotFixtures, crossBorderYears);
		}
		return orders;
	}

	protected ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return orders().call(email, request);
	}

	protected ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return orders().call(email, request, json);
	}

	/** An order of {@code bags} 1 kg bags (1.05 kg gross) KGL→HGH, paid and accepted. */
	protected String acceptedOrder(String sellerOrganisation, String seller, int bags) throws Exception {
		return orders().acceptedOrder(sellerOrganisation, seller, bags);
	}

	/** The waybill of an order's parcel, once the listener created it. */
	protected String waybillOf(String order) {
		return orders().waybillOf(order);
	}

	protected String orderStatus(String order) {
		return orders().orderStatus(order);
	}

	protected void awaitOrder(String order, String status) {
		orders().awaitOrder(order, status);
	}

	protected List<String> orderHistory(String order) {
		return orders().orderHistory(order);
	}

	/** The status of the order's customs declaration; null before it is declared. */
	protected @Nullable String declarationStatus(String order) {
		return orders().declarationStatus(order);
	}

}
