package org.isoko.drops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Races drop orders over real HTTP (java.net.http, asynchronous, at most
 * {@code concurrency} requests in flight) against one or several Isoko instances, and
 * checks the invariants afterwards straight in the database: no unit oversold, every 201
 * answered has its order and its drop reservation, no reservation without an order, the
 * caps held.
 */
final class DropRace {

	static final String ADDRESS = """
			{"name":"Racer","phone":"+8613800138000","line":"1 West Lake Road","city":"Hangzhou","region":"Zhejiang"}""";

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private DropRace() {
	}

	/**
	 * One answered request: status, latency and, for a 201, the order id; and the drop it
	 * was for.
	 */
	record Answer(int status, long nanos, String orderId, String body, long endNanos, String drop) {
	}

	/** One request to send: which instance, which token, which drop, how many units. */
	record Shot(String baseUrl, String token, String drop, int quantity) {
	}

	static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * Sends every shot, at most {@code concurrency} in flight, and waits for all answers
	 * (a transport failure is status -1).
	 */
	static List<Answer> fire(HttpClient http, List<Shot> shots, int concurrency) throws InterruptedException {
		Semaphore inFlight = new Semaphore(concurrency);
		ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
		List<CompletableFuture<?>> all = new ArrayList<>();
		for (Shot shot : shots) {
			inFlight.acquire();
			long start = System.nanoTime();
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(shot.baseUrl() + "/api/v1/drops/" + shot.drop() + "/orders"))
				.header("Authorization", "Bearer " + shot.token())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"quantity\":" + shot.quantity() + ",\"deliveryAddress\":" + ADDRESS + "}"))
				.build();
			all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
				long nanos = System.nanoTime() - start;
				if (failure != null) {
					answers.add(new Answer(-1, nanos, null, failure.toString(), start + nanos, shot.drop()));
				}
				else {
					String id = null;
					if (response.statusCode() == 201) {
						Matcher m = ID.matcher(response.body());
						id = m.find() ? m.group(1) : null;
					}
					answers.add(new Answer(response.statusCode(), nanos, id,
							response.statusCode() == 201 ? "" : response.body(), start + nanos, shot.drop()));
				}
				inFlight.release();
				return null;
			}));
		}
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
		return new ArrayList<>(answers);
	}

	/** An API token for a demo user (HTTP Basic with the demo password). */
	static String token(HttpClient http, String baseUrl, String email) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tokens"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((email + ":isoko-demo").getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	/** Schedules a drop through the API as {@code operatorToken}; returns its id. */
	static String schedule(HttpClient http, String baseUrl, String operatorToken, UUID lot, UUID corridor, int quantity,
			int cap, Instant startsAt, Instant endsAt) throws Exception {
		String body = """
				{"title":"Rush %s","lotId":"%s","quantity":%d,"perBuyerCap":%d,"startsAt":"%s","endsAt":"%s","corridors":["%s"]}"""
			.formatted(UUID.randomUUID().toString().substring(0, 6), lot, quantity, cap, startsAt, endsAt, corridor);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/drops"))
			.header("Authorization", "Bearer " + operatorToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher m = ID.matcher(response.body());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	/**
	 * Closes a drop early through the API as {@code operatorToken}; returns the HTTP
	 * status.
	 */
	static int close(HttpClient http, String baseUrl, String operatorToken, String drop, String reason)
			throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/drops/" + drop + "/close"))
				.header("Authorization", "Bearer " + operatorToken)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"" + reason + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	/**
	 * The invariants of one drop after a race; returns how many units its orders hold.
	 */
	static int assertConsistent(JdbcClient jdbc, String drop, List<Answer> answers) {
		UUID id = UUID.fromString(drop);
		int quantity = jdbc.sql("SELECT quantity FROM ordering_drop WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		int remaining = jdbc.sql("SELECT remaining FROM ordering_drop WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		int held = jdbc.sql("SELECT COALESCE(SUM(quantity), 0) FROM ordering_drop_order WHERE drop_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		assertThat(remaining).as("remaining units").isGreaterThanOrEqualTo(0);
		assertThat(held + remaining)
			.as("units held by orders + remaining = the drop's quantity (nothing oversold, nothing lost)")
			.isEqualTo(quantity);
		// Every reservation has its order, line and PLACED history; no order of the drop
		// without its reservation.
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM ordering_drop_order d LEFT JOIN ordering_order o ON o.id = d.order_id
				LEFT JOIN ordering_order_line l ON l.order_id = d.order_id
				WHERE d.drop_id = :id AND (o.id IS NULL OR l.order_id IS NULL OR l.quantity <> d.quantity)""")
			.param("id", id)
			.query(Long.class)
			.single()).as("reservations without a matching order").isZero();
		// No order of the drop's lot without its reservation (a batch writes its orders
		// before it knows which get the last
		// units, and deletes the others).
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM ordering_order_line l JOIN ordering_drop d ON d.lot_id = l.lot_id
				WHERE d.id = :id AND NOT EXISTS (SELECT 1 FROM ordering_drop_order x WHERE x.order_id = l.order_id)""")
			.param("id", id)
			.query(Long.class)
			.single()).as("orders of the drop's lot without a reservation").isZero();
		// Every acknowledged order is there, with its reservation; with no lost answers,
		// nothing else is.
		Set<String> acknowledged = new java.util.HashSet<>();
		answers.stream().filter(a -> a.status() == 201).forEach(a -> acknowledged.add(a.orderId()));
		assertThat(acknowledged).doesNotContainNull();
		Set<String> stored = stored(jdbc, drop);
		assertThat(stored).as("every 201 answered has its order and its reservation").containsAll(acknowledged);
		if (answers.stream().noneMatch(a -> a.status() == -1)) {
			assertThat(stored).as("no reservation that was not acknowledged").hasSameSizeAs(acknowledged);
		}
		return held;
	}

	/** The ids of the drop's stored reservations. */
	static Set<String> stored(JdbcClient jdbc, String drop) {
		return Set.copyOf(jdbc.sql("SELECT order_id FROM ordering_drop_order WHERE drop_id = :id")
			.param("id", UUID.fromString(drop))
			.query((rs, n) -> rs.getObject(1, UUID.class).toString())
			.list());
	}

}
