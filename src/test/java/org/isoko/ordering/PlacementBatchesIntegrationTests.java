package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * The group commit of API orders ({@link PlacementBatches}) over real HTTP: buyers racing
 * with multi-line orders over lots too small for all of them are written in batches of
 * several orders; every 201 is a stored order with its lines and its key, every unit is
 * accounted for, and the orders a batch could not serve are refused with the single
 * path's answer. A key sent many times at once makes one order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "isoko.ordering.placement.batched=true")
class PlacementBatchesIntegrationTests {

	static final int BUYERS = 60;

	static final int UNITS = 40;

	static final String ADDRESS = """
			{"name":"Racer","phone":"+8613800138000","line":"1 West Lake Road","city":"Hangzhou","region":"Zhejiang"}""";

	static final String ADDRESS_KE = """
			{"name":"Wanjiku","phone":"+254712345678","line":"12 Moi Avenue","city":"Nairobi","region":"Nairobi"}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Autowired
	PlacementBatches batches;

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void racingMultiLineOrdersAreWrittenInBatchesAndEveryAnsweredOrderIsStored() throws Exception {
		// Three lots of 40 units; each buyer asks for 1 unit of the first, 1 of the
		// second and 1 of the third: 60 orders for 40 units of each, so 20 are refused,
		// some of them inside a batch that took its lots' last units for earlier orders.
		// Buyers in Kenya: an order of three bags would pass China's per-order limit.
		List<LotFixtures.Lot> lots = List.of(lot("NBO"), lot("NBO"), lot("NBO"));
		List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, BUYERS, "KE", "NBO");
		String body = """
				{"lines":[%s],"deliveryAddress":%s}""".formatted(lots.stream()
			.map(lot -> """
					{"lotId":"%s","corridorId":"%s","quantity":1}""".formatted(lot.id(), lot.corridor()))
			.collect(Collectors.joining(",")), ADDRESS_KE);
		long batchesBefore = batches.batchesWritten();
		long ordersBefore = batches.ordersInBatches();
		List<String> keys = new ArrayList<>();
		List<HttpRequest> requests = new ArrayList<>();
		for (BuyerFixtures.Buyer buyer : buyers) {
			String key = UUID.randomUUID().toString();
			keys.add(key);
			requests.add(order(buyer, key, body));
		}
		List<HttpResponse<String>> answers = race(requests);

		Set<UUID> placed = new HashSet<>();
		int refused = 0;
		for (int i = 0; i < answers.size(); i++) {
			HttpResponse<String> answer = answers.get(i);
			if (answer.statusCode() == 201) {
				UUID id = UUID.fromString(JsonPath.read(answer.body(), "$.id"));
				placed.add(id);
				assertThat(jdbc.sql("SELECT COUNT(*) FROM ordering_order_line WHERE order_id = :id")
					.param("id", id)
					.query(Integer.class)
					.single()).isEqualTo(3);
				assertThat(jdbc
					.sql("SELECT order_id FROM ordering_idempotency WHERE user_id = :user AND idempotency_key = :key")
					.param("user", buyers.get(i).userId())
					.param("key", keys.get(i))
					.query(UUID.class)
					.single()).isEqualTo(id);
			}
			else {
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
				assertThat(answer.body()).contains("Sold out");
				refused++;
			}
		}
		assertThat(placed).hasSize(UNITS);
		assertThat(refused).isEqualTo(BUYERS - UNITS);
		for (LotFixtures.Lot lot : lots) {
			assertThat(lotFixtures.available(lot.id())).isZero();
			assertThat(jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM ordering_order_line WHERE lot_id = :lot")
				.param("lot", lot.id())
				.query(Long.class)
				.single()).isEqualTo(UNITS);
		}
		// Orders of the refused buyers were written by a batch and deleted in it: none
		// is left, nor any key of theirs.
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM ordering_order o WHERE o.buyer_id IN (:buyers)""")
			.param("buyers", buyers.stream().map(BuyerFixtures.Buyer::userId).toList())
			.query(Long.class)
			.single()).isEqualTo(UNITS);
		long batched = batches.ordersInBatches() - ordersBefore;
		long written = batches.batchesWritten() - batchesBefore;
		// Every order placed went through a batch (those refused while checked, the lots
		// already sold out, never reached one).
		assertThat(batched).as("orders handed to batches").isGreaterThanOrEqualTo(UNITS);
		assertThat(written).as("batches for %d orders: several orders per batch", batched).isLessThan(batched);
	}

	@Test
	void oneKeySentManyTimesAtOnceMakesOneOrder() throws Exception {
		LotFixtures.Lot lot = lot("HGH");
		BuyerFixtures.Buyer buyer = BuyerFixtures.buyers(jdbc, 1, "CN", "HGH").get(0);
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":2}],"deliveryAddress":%s}""".formatted(lot.id(),
				lot.corridor(), ADDRESS);
		String key = UUID.randomUUID().toString();
		List<HttpRequest> requests = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			requests.add(order(buyer, key, body));
		}
		List<HttpResponse<String>> answers = race(requests);

		Set<String> ids = new HashSet<>();
		int created = 0;
		for (HttpResponse<String> answer : answers) {
			if (answer.statusCode() == 201) {
				created++;
			}
			else if (answer.statusCode() == 409) {
				// Possible only while the first is being written: "retry in a moment".
				assertThat(answer.body()).contains("still being processed");
				continue;
			}
			else {
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
				assertThat(answer.headers().firstValue("Idempotent-Replayed")).hasValue("true");
			}
			ids.add(JsonPath.read(answer.body(), "$.id"));
		}
		assertThat(created).isEqualTo(1);
		assertThat(ids).hasSize(1);
		assertThat(lotFixtures.available(lot.id())).isEqualTo(UNITS - 2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ordering_order WHERE buyer_id = :buyer")
			.param("buyer", buyer.userId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private LotFixtures.Lot lot(String destination) {
		return lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", destination, UNITS, 15_000, 1);
	}

	private HttpRequest order(BuyerFixtures.Buyer buyer, String key, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
			.header("Authorization", "Bearer " + buyer.token())
			.header("Idempotency-Key", key)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** Sends the requests at once, one thread each, and returns the answers in order. */
	private List<HttpResponse<String>> race(List<HttpRequest> requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (HttpRequest request : requests) {
				futures.add(pool.submit(() -> {
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get(180, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
