package org.isoko.ordering;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.isoko.identity.UserDirectory;
import org.isoko.support.LotFixtures;
import org.isoko.support.MutableClock;
import org.isoko.support.MutableClockConfiguration;
import org.isoko.support.SignIn;
import org.isoko.support.TokenCache;
import org.isoko.trade.CrossBorderQuota;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole application with demo users and a movable clock, driven through MockMvc; lots
 * come from {@link LotFixtures}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
public abstract class OrderingTestSupport {

	protected static final String BUYER = "buyer.cn@isoko.demo";

	protected static final String OTHER_BUYER = "importer.cn@isoko.demo";

	protected static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	protected static final String COOP = "seller.coop@isoko.demo";

	protected static final String SME = "seller.sme@isoko.demo";

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected LotFixtures lotFixtures;

	@Autowired
	protected MutableClock clock;

	@Autowired
	ReservationExpiry expiry;

	@Autowired
	protected UserDirectory userDirectory;

	@Autowired
	protected CrossBorderQuota crossBorderQuota;

	/**
	 * Orders whose cross-border quota {@link #freshCrossBorderYear} gave back already (a
	 * quota is counted once, when the order is placed; the order ids are random, so one
	 * set serves every database of the run).
	 */
	private static final Set<UUID> quotaGivenBack = ConcurrentHashMap.newKeySet();

	/**
	 * Expires the orders whose reservation ran out at the test clock's time (what the
	 * scheduled job does), for the tests of other modules.
	 */
	protected int expireDue() {
		return expiry.expireDue();
	}

	private final TokenCache tokens = new TokenCache();

	protected String token(String email) throws Exception {
		return tokens.of(mvc, email);
	}

	/**
	 * Every test starts the demo buyers' cross-border retail year afresh: the quota is
	 * per buyer and year, and the tests of one Spring context share the database, so
	 * without this the order in which tests run would decide which of them meet China's
	 * annual limit (RMB 26,000). The tests of the limit itself use buyers of their own.
	 */
	@BeforeEach
	protected void freshCrossBorderYear() {
		List<UUID> demoBuyers = Stream.of(BUYER, OTHER_BUYER, KENYAN_BUYER).map(this::userId).toList();
		// Through the trade module's API: each of their orders gives its quota back
		// (idempotent; orders that never counted are ignored).
		jdbc.sql("SELECT id FROM ordering_order WHERE buyer_id IN (:buyers)")
			.param("buyers", demoBuyers)
			.query(UUID.class)
			.list()
			.stream()
			.filter(quotaGivenBack::add)
			.forEach(crossBorderQuota::restore);
	}

	/** The id of the user with this e-mail address, from the identity module. */
	protected UUID userId(String email) {
		return userDirectory.findByEmail(email).orElseThrow().id().value();
	}

	/**
	 * Green coffee in 1 kg bags at RWF 15,000, on KGL→HGH: a few bags are a cross-border
	 * retail order well within the limits.
	 */
	protected LotFixtures.Lot coffee(int available) {
		return lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", available, 15_000, 1);
	}

	protected int available(LotFixtures.Lot lot) {
		return lotFixtures.available(lot.id());
	}

	protected long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	protected static String line(LotFixtures.Lot lot, String quantity) {
		return "{\"lotId\":\"%s\",\"corridorId\":\"%s\",\"quantity\":%s}".formatted(lot.id(), lot.corridor(), quantity);
	}

	protected static String order(String... lines) {
		return """
				{"lines":[%s],
				 "deliveryAddress":{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
			.formatted(String.join(",", lines));
	}

	protected ResultActions place(String email, String key, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return mvc.perform(SignIn.bearer(request, token(email)));
	}

	protected ResultActions call(String email, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(SignIn.bearer(request, token(email)));
	}

	protected ResultActions call(String email, MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(SignIn.bearer(request.contentType(MediaType.APPLICATION_JSON).content(json), token(email)));
	}

	protected ResultActions pay(String email, String orderId, String key) throws Exception {
		return call(email, post("/api/v1/orders/" + orderId + "/payments").header("Idempotency-Key", key),
				"{\"provider\":\"DEMO\"}");
	}

	protected static String key() {
		return UUID.randomUUID().toString();
	}

}
