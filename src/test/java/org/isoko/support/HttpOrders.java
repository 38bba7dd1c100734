package org.isoko.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders for the tests that run the application on its real port (the browser tests), as
 * {@link CrossBorderOrders} makes them on MockMvc: placed by a buyer through the API,
 * paid with the demo provider and accepted by the seller; and their parcel's waybill once
 * logistics created it.
 */
public final class HttpOrders {

	private final Http http;

	private final JdbcClient jdbc;

	public HttpOrders(Http http, JdbcClient jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	/**
	 * One unit of the lot, ordered by {@code buyer} to the address, paid and accepted by
	 * {@code seller}; the order's id.
	 */
	public String acceptedOrder(String buyer, LotFixtures.Lot lot, String deliveryAddress, String seller) {
		String token = http.tokenFor(buyer);
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":1}], "deliveryAddress":%s}""".formatted(lot.id(),
				lot.corridor(), deliveryAddress);
		Http.Response placed = http.post("/api/v1/orders", "application/json", body,
				Http.bearer(token, "Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(placed.status()).as(placed.text()).isEqualTo(201);
		String order = placed.json().get("id").asString();
		Http.Response paid = http.post("/api/v1/orders/" + order + "/payments", "application/json",
				"{\"provider\":\"DEMO\"}", Http.bearer(token, "Idempotency-Key", UUID.randomUUID().toString()));
		assertThat(paid.status()).as(paid.text()).isEqualTo(201);
		Http.Response accepted = http.post("/api/v1/orders/" + order + "/acceptance", "application/json", "",
				Http.bearer(http.tokenFor(seller)));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		return order;
	}

	/** The waybill of the order's parcel, once logistics created it. */
	public String waybillOf(String order) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.sql("SELECT waybill FROM logistics_parcel WHERE order_id = :o")
				.param("o", UUID.fromString(order))
				.query(String.class)
				.optional()
				.orElse(null), w -> w != null);
	}

}
