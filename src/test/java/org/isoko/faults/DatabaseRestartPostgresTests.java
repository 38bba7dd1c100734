package org.isoko.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.isoko.IsokoApplication;
import org.isoko.support.BuyerFixtures;
import org.isoko.support.Http;
import org.isoko.support.LotFixtures;
import org.isoko.support.OwnPostgresCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL restarted under a stream of orders and payments (issue 13, "Database
 * restart"): on a cluster of the test's own, stopped with {@code pg_ctl stop -m fast} in
 * the middle and started again. Isoko must come back by itself (its connection pool
 * replacing the cut connections), keep every order and payment it acknowledged, sell no
 * unit twice, and tell a load balancer through its readiness probe that it cannot serve
 * while the database is away.
 */
@Tag("postgres")
class DatabaseRestartPostgresTests {

	static final int STOCK = 2_000;

	static final int WORKERS = 4;

	@Test
	void isokoRidesOutADatabaseRestartKeepingEveryAcknowledgedOrderAndPayment() throws Exception {
		try (OwnPostgresCluster cluster = OwnPostgresCluster.start();
				ConfigurableApplicationContext isoko = isoko(cluster)) {
			JdbcClient jdbc = isoko.getBean(JdbcClient.class);
			Http http = new Http(((WebServerApplicationContext) isoko).getWebServer().getPort());
			LotFixtures.Lot lot = LotFixtures.smallBags(jdbc, LotFixtures.COOPERATIVE, "KGL", "HGH", STOCK, 15_000, 1);
			List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, 16, "CN", "HGH");
			assertThat(readiness(http)).isEqualTo(200);

			Stream stream = new Stream(http, lot, buyers);
			stream.start();
			stream.awaitAcknowledged(20, Duration.ofSeconds(60));
			int orderedBeforeRestart = stream.orders.size();

			cluster.stop();
			List<Integer> whileAway = new ArrayList<>();
			long away = System.nanoTime();
			while (System.nanoTime() - away < Duration.ofSeconds(4).toNanos()) {
				whileAway.add(readiness(http));
				Thread.sleep(250);
			}
			cluster.startServer();
			int readyAfter = awaitReady(http, Duration.ofSeconds(60));
			int orderedAtRestart = stream.orders.size();
			stream.awaitAcknowledged(orderedAtRestart + 20, Duration.ofSeconds(60));
			stream.stop();

			assertThat(whileAway).as("readiness while the database was away").isNotEmpty().doesNotContain(200);
			assertThat(readyAfter).as("readiness after the database came back").isEqualTo(200);
			assertThat(stream.orders.size()).as("orders acknowledged after the restart, without restarting Isoko")
				.isGreaterThan(orderedAtRestart);
			assertThat(orderedBeforeRestart).isPositive();
			assertThat(stream.unexpected).as("answers other than 2xx, 409 or 5xx").isEmpty();

			for (String order : stream.orders) {
				assertThat(jdbc.sql("SELECT COUNT(*) FROM ordering_order WHERE id = CAST(:id AS UUID)")
					.param("id", order)
					.query(Long.class)
					.single()).as("acknowledged order %s is stored", order).isEqualTo(1);
			}
			for (String order : stream.payments) {
				assertThat(jdbc.sql("SELECT status FROM ordering_order WHERE id = CAST(:id AS UUID)")
					.param("id", order)
					.query(String.class)
					.single()).as("order %s whose payment was acknowledged", order).isEqualTo("PAID");
			}
			long sold = jdbc
				.sql("""
						SELECT COALESCE(SUM(l.quantity), 0) FROM ordering_order_line l JOIN ordering_order o ON o.id = l.order_id
						WHERE l.lot_id = :lot AND o.status NOT IN ('EXPIRED', 'DECLINED', 'CANCELLED', 'REFUNDED')""")
				.param("lot", lot.id())
				.query(Long.class)
				.single();
			int available = LotFixtures.available(jdbc, lot.id());
			assertThat(available).as("nothing oversold").isGreaterThanOrEqualTo(0);
			assertThat(sold + available).as("every unit sold is gone from the lot, once").isEqualTo(STOCK);
			assertThat(sold).isGreaterThanOrEqualTo(stream.orders.size());
		}
	}

	private static ConfigurableApplicationContext isoko(OwnPostgresCluster cluster) {
		// Command-line arguments outrank the test configuration's in-memory H2. A short
		// pool timeout: requests made while the database is away fail within 2 s, rather
		// than queue for Hikari's default 30 s.
		return new SpringApplicationBuilder(IsokoApplication.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + cluster.url("postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--isoko.demo-data.enabled=true", "--spring.datasource.hikari.maximum-pool-size=10",
					"--spring.datasource.hikari.connection-timeout=2000");
	}

	private static int readiness(Http http) {
		try {
			return http.get("/actuator/health/readiness").status();
		}
		catch (UncheckedIOException e) {
			return -1;
		}
	}

	private static int awaitReady(Http http, Duration timeout) throws InterruptedException {
		long start = System.nanoTime();
		int status = readiness(http);
		while (status != 200 && System.nanoTime() - start < timeout.toNanos()) {
			Thread.sleep(200);
			status = readiness(http);
		}
		return status;
	}

	/**
	 * Buyers placing one-unit orders and paying each at once (the demo provider settles
	 * in the request), on a few threads, until stopped; remembers what was acknowledged.
	 */
	static final class Stream {

		final Set<String> orders = ConcurrentHashMap.newKeySet();

		final Set<String> payments = ConcurrentHashMap.newKeySet();

		final Map<String, String> unexpected = new ConcurrentHashMap<>();

		final AtomicLong failures = new AtomicLong();

		private final Http http;

		private final LotFixtures.Lot lot;

		private final List<BuyerFixtures.Buyer> buyers;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS);

		private final List<Future<?>> workers = new ArrayList<>();

		Stream(Http http, LotFixtures.Lot lot, List<BuyerFixtures.Buyer> buyers) {
			this.http = http;
			this.lot = lot;
			this.buyers = buyers;
		}

		void start() {
			for (int w = 0; w < WORKERS; w++) {
				int worker = w;
				workers.add(pool.submit(() -> {
					int i = worker;
					while (running.get()) {
						once(buyers.get(i % buyers.size()));
						i += WORKERS;
					}
					return null;
				}));
			}
		}

		private void once(BuyerFixtures.Buyer buyer) {
			try {
				Http.Response placed = http.post("/api/v1/orders", "application/json",
						"""
								{"lines":[{"lotId":"%s","corridorId":"%s","quantity":1}],
								 "deliveryAddress":{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
							.formatted(lot.id(), lot.corridor()),
						"Idempotency-Key", UUID.randomUUID().toString(), "Authorization", "Bearer " + buyer.token());
				if (!acknowledged(placed, "order")) {
					return;
				}
				String order = placed.json().path("id").asString();
				orders.add(order);
				Http.Response paid = http.post("/api/v1/orders/" + order + "/payments", "application/json",
						"{\"provider\":\"DEMO\"}", "Idempotency-Key", UUID.randomUUID().toString(), "Authorization",
						"Bearer " + buyer.token());
				if (acknowledged(paid, "payment")) {
					payments.add(order);
				}
			}
			catch (UncheckedIOException e) {
				failures.incrementAndGet();
			}
		}

		/**
		 * 2xx is an acknowledgement; 5xx (and 409, a conflict the outage may cause) a
		 * refusal the client retries; anything else a bug.
		 */
		private boolean acknowledged(Http.Response response, String what) {
			if (response.status() == 200 || response.status() == 201) {
				return true;
			}
			failures.incrementAndGet();
			if (response.status() < 500 && response.status() != 409) {
				unexpected.putIfAbsent(what + " " + response.status(), response.toString());
			}
			return false;
		}

		void awaitAcknowledged(long count, Duration timeout) throws InterruptedException {
			long start = System.nanoTime();
			while (orders.size() < count && payments.size() < count && System.nanoTime() - start < timeout.toNanos()) {
				Thread.sleep(50);
			}
		}

		void stop() throws Exception {
			running.set(false);
			for (Future<?> worker : workers) {
				worker.get(60, TimeUnit.SECONDS);
			}
			pool.shutdown();
		}

	}

}
