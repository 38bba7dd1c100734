package org.isoko.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

	static final int CLIENTS = 4;

	@Test
	void isokoRidesOutADatabaseRestartKeepingEveryAcknowledgedOrderAndPayment() throws Exception {
		try (OwnPostgresCluster cluster = OwnPostgresCluster.start();
				ConfigurableApplicationContext isoko = isoko(cluster)) {
			JdbcClient jdbc = isoko.getBean(JdbcClient.class);
			LotFixtures lotFixtures = isoko.getBean(LotFixtures.class);
			Http http = new Http(((WebServerApplicationContext) isoko).getWebServer().getPort());
			LotFixtures.Lot lot = lotFixtures.smallBags(LotFixtures.COOPERATIVE, "KGL", "HGH", STOCK, 15_000, 1);
			List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, 16, "CN", "HGH");
			assertThat(readiness(http)).isEqualTo(200);

			OrderStream stream = new OrderStream(http, lot, buyers, CLIENTS);
			stream.start();
			stream.awaitPaid(20, Duration.ofSeconds(60));
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
			stream.awaitPaid(orderedAtRestart + 20, Duration.ofSeconds(60));
			stream.stop();

			assertThat(whileAway).as("readiness while the database was away").isNotEmpty().doesNotContain(200);
			assertThat(readyAfter).as("readiness after the database came back").isEqualTo(200);
			assertThat(stream.orders.size()).as("orders acknowledged after the restart, without restarting Isoko")
				.isGreaterThan(orderedAtRestart);
			assertThat(orderedBeforeRestart).isPositive();
			assertThat(stream.unexpected).as("answers other than 2xx, 409 or 5xx").isEmpty();

			for (String order : stream.orders.keySet()) {
				assertThat(jdbc.sql("SELECT COUNT(*) FROM ordering_order WHERE id = CAST(:id AS UUID)")
					.param("id", order)
					.query(Long.class)
					.single()).as("acknowledged order %s is stored", order).isEqualTo(1);
			}
			for (String order : stream.paid.keySet()) {
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
			int available = lotFixtures.available(lot.id());
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

}
