package org.isoko.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.isoko.logistics.ParcelArrived;
import org.isoko.logistics.ParcelId;
import org.isoko.logistics.Waybill;
import org.isoko.logistics.documents.HouseWaybillNumber;
import org.isoko.ordering.OrderId;
import org.isoko.shared.HubCode;
import org.isoko.support.LotFixtures;
import org.isoko.support.SignIn;
import org.isoko.support.TokenCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * A buyer in Africa is told by SMS that their order shipped and that its parcel arrived
 * at the destination hub, at the phone of the delivery address, in their language, once;
 * a buyer in China is not, nor a buyer who opted out.
 */
class BuyerOrderSmsIntegrationTests extends UssdTestSupport {

	static final String KENYAN_BUYER = "buyer.ke@isoko.demo";

	private final TokenCache tokens = new TokenCache();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SmsOutboxLookups sms;

	@Test
	void aKenyanBuyerIsToldTheCarrierAndTrackingNumberAtTheDeliveryPhone() throws Exception {
		String phone = kenyanPhone();
		String order = shippedOrder(KENYAN_BUYER, "KGL", "NBO", address(phone));

		SmsOutboxLookups.Sms message = sms.awaitMessage("order-shipped:" + order);
		assertThat(message.recipient()).isEqualTo(phone.substring(1));
		assertThat(message.message()).startsWith("Isoko")
			.contains(sms.orderNumber(order))
			.contains("G4S Kenya")
			.contains("GK-" + order.substring(0, 8));
		assertThat(message.purpose()).isEqualTo("ORDER_SHIPPED");
	}

	@Test
	void aBuyerInChinaAndABuyerWhoOptedOutGetNoSms() throws Exception {
		String chinese = shippedOrder(IMPORTER, "KGL", "HGH",
				"""
						{"name":"Wang Fang","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}""");
		setNotifications(KENYAN_BUYER, false);
		try {
			String optedOut = shippedOrder(KENYAN_BUYER, "KGL", "NBO", address(kenyanPhone()));
			sms.awaitListeners("BuyerOrderSms");
			assertThat(sms.messages("order-shipped:" + chinese)).isZero();
			assertThat(sms.messages("order-shipped:" + optedOut)).isZero();
		}
		finally {
			setNotifications(KENYAN_BUYER, true);
		}
	}

	@Test
	void aKenyanBuyerIsToldWhenTheParcelArrivesInNairobi() throws Exception {
		String phone = kenyanPhone();
		String order = paidOrder(KENYAN_BUYER, "KGL", "NBO", address(phone));
		Waybill waybill = Waybill
			.of(new HouseWaybillNumber(HubCode.of("KGL"), ThreadLocalRandom.current().nextInt(99_999_999)).value());

		// As logistics publishes it when the parcel is scanned in at the destination hub.
		transactions.executeWithoutResult(status -> events.publishEvent(
				new ParcelArrived(ParcelId.random(), waybill, OrderId.of(order), HubCode.of("NBO"), Instant.now())));

		SmsOutboxLookups.Sms message = sms.awaitMessage("order-arrived:" + order);
		assertThat(message.recipient()).isEqualTo(phone.substring(1));
		assertThat(message.message()).contains(sms.orderNumber(order)).contains("Nairobi").contains(waybill.value());
		assertThat(message.purpose()).isEqualTo("ORDER_ARRIVED");
	}

	/** Places, pays, accepts and ships an order of a fresh lot; returns its id. */
	private String shippedOrder(String buyer, String origin, String destination, String address) throws Exception {
		String id = paidOrder(buyer, origin, destination, address);
		mvc.perform(SignIn.bearer(post("/api/v1/orders/" + id + "/acceptance"), tokens.of(mvc, COOP_SELLER)))
			.andExpect(status().isOk());
		mvc.perform(SignIn.bearer(json(post("/api/v1/orders/" + id + "/shipment"), """
				{"carrier":"G4S Kenya","trackingNumber":"GK-%s"}""".formatted(id.substring(0, 8))),
				tokens.of(mvc, COOP_SELLER)))
			.andExpect(status().isOk());
		assertThat(orderStatus(id)).isEqualTo("SHIPPED");
		return id;
	}

	/** Places and pays an order of a fresh lot; returns its id. */
	private String paidOrder(String buyer, String origin, String destination, String address) throws Exception {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, origin, destination, 50, 15_000, 1);
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":1}], "deliveryAddress":%s}""".formatted(lot.id(),
				lot.corridor(), address);
		String placed = mvc
			.perform(SignIn.bearer(json(post("/api/v1/orders"), body).header("Idempotency-Key", key()),
					tokens.of(mvc, buyer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(placed, "$.id");
		mvc.perform(SignIn.bearer(json(post("/api/v1/orders/" + id + "/payments"), "{\"provider\":\"DEMO\"}")
			.header("Idempotency-Key", key()), tokens.of(mvc, buyer))).andExpect(status().is2xxSuccessful());
		return id;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String address(String phone) {
		return """
				{"name":"Wanjiku Kamau","phone":"%s","line":"12 Moi Avenue","city":"Nairobi","region":"Nairobi"}"""
			.formatted(phone);
	}

	/** A Safaricom-shaped number of this test only. */
	private static String kenyanPhone() {
		return "+2547" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	private void setNotifications(String email, boolean enabled) throws Exception {
		mvc.perform(SignIn.bearer(json(put("/api/v1/me/sms-notifications"), "{\"enabled\":" + enabled + "}"),
				tokens.of(mvc, email)))
			.andExpect(status().isOk());
	}

}
