package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.isoko.support.BuyerFixtures;
import org.isoko.support.LotFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The concurrency proof of issue 3: 200 buyers, each with their own token, race over real
 * HTTP for 1 unit each of a lot of 50. Exactly 50 win; nothing is oversold; every loser
 * hears "sold out".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OversellIntegrationTests {

	static final int BUYERS = 200;
	static final int UNITS = 50;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LotFixtures lotFixtures;

	@Test
	void twoHundredBuyersRacingForFiftyUnitsBuyExactlyFifty() throws Exception {
		LotFixtures.Lot lot = lotFixtures.lot(LotFixtures.COOPERATIVE, "KGL", "HGH", UNITS, 15_000, 1);
		List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, BUYERS, "CN", "HGH");
		String body = """
				{"lines":[{"lotId":"%s","corridorId":"%s","quantity":1}],
				 "deliveryAddress":{"name":"Racer","phone":"+8613800138000","line":"1 West Lake Road","city":"Hangzhou","region":"Zhejiang"}}"""
			.formatted(lot.id(), lot.corridor());
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
		List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
		for (BuyerFixtures.Buyer buyer : buyers) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
				.header("Authorization", "Bearer " + buyer.token())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(120))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			calls.add(() -> {
				start.await();
				return http.send(request, HttpResponse.BodyHandlers.ofString());
			});
		}
		List<Future<HttpResponse<String>>> futures = new ArrayList<>();
		for (Callable<HttpResponse<String>> call : calls) {
			futures.add(pool.submit(call));
		}
		start.countDown();
		int created = 0;
		int soldOut = 0;
		for (Future<HttpResponse<String>> future : futures) {
			HttpResponse<String> response = future.get();
			if (response.statusCode() == 201) {
				created++;
			}
			else {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
				assertThat(response.headers().firstValue("Content-Type"))
					.hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
				assertThat(response.body()).contains("Sold out").contains(lot.reference());
				soldOut++;
			}
		}
		pool.shutdown();

		assertThat(created).isEqualTo(UNITS);
		assertThat(soldOut).isEqualTo(BUYERS - UNITS);
		assertThat(lotFixtures.available(lot.id())).isZero();
		assertThat(jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM ordering_order_line WHERE lot_id = :lot")
			.param("lot", lot.id())
			.query(Long.class)
			.single()).isEqualTo(UNITS);
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT order_id) FROM ordering_order_line WHERE lot_id = :lot")
			.param("lot", lot.id())
			.query(Long.class)
			.single()).isEqualTo(UNITS);
		assertThat(jdbc.sql("SELECT MAX(quantity) FROM ordering_order_line WHERE lot_id = :lot")
			.param("lot", lot.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql(
				"SELECT COUNT(DISTINCT o.buyer_id) FROM ordering_order o JOIN ordering_order_line l ON l.order_id = o.id WHERE l.lot_id = :lot")
			.param("lot", lot.id())
			.query(Long.class)
			.single()).isEqualTo(UNITS);
	}

}
