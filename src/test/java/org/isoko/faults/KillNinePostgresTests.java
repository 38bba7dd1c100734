package org.isoko.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.isoko.IsokoApplication;
import org.isoko.support.BulkLots;
import org.isoko.support.BuyerFixtures;
import org.isoko.support.Http;
import org.isoko.support.LotFixtures;
import org.isoko.support.OwnPostgresCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Isoko killed with SIGKILL in the middle of a stream of orders and payments (issue 13,
 * "kill -9"), as a crash or an out-of-memory kill would: no shutdown hook, no connection
 * closed politely, requests cut half-way. Isoko runs as a process of its own (the test's
 * class path, the {@code postgres} profile) on a PostgreSQL cluster of the test's own,
 * and is started again on the same database. Every order and payment it acknowledged
 * before the kill must be there after it; replaying an acknowledged request with its
 * Idempotency-Key must answer the same resource; no unit is sold twice; the ledger's
 * trial balance is zero in every currency.
 */
@Tag("postgres")
class KillNinePostgresTests {

	static final int STOCK = 2_000;

	static final int CLIENTS = 4;

	static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	@Test
	void aKilledIsokoKeepsEveryAcknowledgedOrderAndPaymentAndReplaysThem() throws Exception {
		try (OwnPostgresCluster cluster = OwnPostgresCluster.start()) {
			int port = freePort();
			Http http = new Http(port);
			IsokoProcess isoko = IsokoProcess.start(cluster, port, 1);
			try {
				JdbcClient jdbc = JdbcClient
					.create(new DriverManagerDataSource(cluster.url("postgres"), "postgres", ""));
				// By SQL: this Isoko runs in another process, with no beans to call.
				LotFixtures.Lot lot = BulkLots.smallBags(jdbc, LotFixtures.COOPERATIVE, "KGL", "HGH", STOCK, 15_000, 1);
				List<BuyerFixtures.Buyer> buyers = BuyerFixtures.buyers(jdbc, 16, "CN", "HGH");

				OrderStream stream = new OrderStream(http, lot, buyers, CLIENTS);
				stream.start();
				stream.awaitPaid(30, Duration.ofSeconds(90));
				stream.phase = "while killed";
				isoko.kill();
				int paidBeforeKill = stream.paid.size();
				int orderedBeforeKill = stream.orders.size();

				isoko = IsokoProcess.start(cluster, port, 2);
				stream.phase = "after the restart";
				stream.awaitPaid(paidBeforeKill + 20, Duration.ofSeconds(90));
				stream.stop();

				assertThat(paidBeforeKill).as("payments acknowledged before the kill").isPositive();
				assertThat(stream.paid.size()).as("payments acknowledged after the restart")
					.isGreaterThan(paidBeforeKill);
				assertThat(stream.unexpected).as("answers other than 2xx, 409 or 5xx").isEmpty();
				for (OrderStream.Placed order : stream.orders.values()) {
					assertThat(
							count(jdbc, "SELECT COUNT(*) FROM ordering_order WHERE id = CAST(:id AS UUID)", order.id()))
						.as("acknowledged order %s is stored", order.id())
						.isEqualTo(1);
				}
				for (OrderStream.Placed order : stream.paid.values()) {
					assertThat(jdbc.sql("SELECT status FROM ordering_order WHERE id = CAST(:id AS UUID)")
						.param("id", order.id())
						.query(String.class)
						.single()).as("order %s whose payment was acknowledged", order.id()).isEqualTo("PAID");
				}
				// Replays of requests acknowledged before the kill answer what was
				// answered.
				List<OrderStream.Placed> replayed = stream.paid.values().stream().limit(10).toList();
				for (OrderStream.Placed order : replayed) {
					Http.Response again = http.post("/api/v1/orders", "application/json", order.body(),
							"Idempotency-Key", order.key(), "Authorization", "Bearer " + order.token());
					assertThat(again.status()).as("replay of %s", order.key()).isEqualTo(200);
					assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
					assertThat(again.json().path("id").asString()).isEqualTo(order.id());
					Http.Response payAgain = http.post("/api/v1/orders/" + order.id() + "/payments", "application/json",
							OrderStream.PAYMENT, "Idempotency-Key", order.paymentKey(), "Authorization",
							"Bearer " + order.token());
					assertThat(payAgain.status()).as("replay of the payment of %s", order.id()).isEqualTo(200);
					assertThat(payAgain.json().path("payment").path("id").asString()).isEqualTo(order.paymentId());
				}
				long sold = jdbc
					.sql("""
							SELECT COALESCE(SUM(l.quantity), 0) FROM ordering_order_line l JOIN ordering_order o ON o.id = l.order_id
							WHERE l.lot_id = :lot AND o.status NOT IN ('EXPIRED', 'DECLINED', 'CANCELLED', 'REFUNDED')""")
					.param("lot", lot.id())
					.query(Long.class)
					.single();
				int available = BulkLots.available(jdbc, lot.id());
				assertThat(available).as("nothing oversold").isGreaterThanOrEqualTo(0);
				assertThat(sold + available).as("every unit sold is gone from the lot, once").isEqualTo(STOCK);

				String admin = http.tokenFor("admin@isoko.demo");
				Http.Response trial = http.get("/api/v1/ledger/trial-balance", Http.bearer(admin));
				assertThat(trial.status()).isEqualTo(200);
				assertThat(trial.json().size()).as("currencies in the trial balance").isPositive();
				trial.json()
					.forEach(currency -> assertThat(currency.path("balanced").asBoolean())
						.as("trial balance in %s", currency.path("currency").asString())
						.isTrue());
				System.out.printf(
						"KillNinePostgresTests: %d orders and %d payments acknowledged before the kill, %d and %d in all; "
								+ "%d requests refused or cut while Isoko was down%n",
						orderedBeforeKill, paidBeforeKill, stream.orders.size(), stream.paid.size(),
						stream.failures.size());
			}
			finally {
				isoko.kill();
			}
		}
	}

	private static long count(JdbcClient jdbc, String sql, String id) {
		return jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Isoko in a JVM of its own, so that it can be killed as the operating system would.
	 */
	static final class IsokoProcess {

		private final Process process;

		private IsokoProcess(Process process) {
			this.process = process;
		}

		static IsokoProcess start(OwnPostgresCluster cluster, int port, int run) throws Exception {
			Path log = Files.createDirectories(Path.of("target")).resolve("kill-nine-isoko-" + run + ".log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			// The test's class path (under Surefire a manifest-only jar naming the rest).
			Process process = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp",
					System.getProperty("java.class.path"), IsokoApplication.class.getName(),
					"--spring.profiles.active=postgres", "--server.port=" + port,
					"--spring.datasource.url=" + cluster.url("postgres"), "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--isoko.demo-data.enabled=true",
					"--spring.datasource.hikari.maximum-pool-size=10")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			IsokoProcess isoko = new IsokoProcess(process);
			isoko.awaitReady(new Http(port), log.toFile());
			return isoko;
		}

		private void awaitReady(Http http, File log) throws InterruptedException {
			long start = System.nanoTime();
			while (System.nanoTime() - start < START_TIMEOUT.toNanos()) {
				assertThat(process.isAlive()).as("Isoko is running (see %s)", log).isTrue();
				try {
					if (http.get("/actuator/health/readiness").status() == 200) {
						return;
					}
				}
				catch (UncheckedIOException notYet) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			throw new AssertionError("Isoko was not ready within " + START_TIMEOUT + " (see " + log + ")");
		}

		/** SIGKILL: {@link Process#destroyForcibly()} on Linux. */
		void kill() throws InterruptedException {
			if (process.isAlive()) {
				process.destroyForcibly();
				assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("Isoko was killed").isTrue();
			}
		}

	}

}
