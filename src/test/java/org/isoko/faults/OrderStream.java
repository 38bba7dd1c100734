package org.isoko.faults;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.isoko.support.BuyerFixtures;
import org.isoko.support.Http;
import org.isoko.support.LotFixtures;

/**
 * Clients placing one-unit orders of a lot over HTTP and paying each with the demo
 * provider, as long as the fault tests keep it running. It remembers what Isoko
 * acknowledged (2xx) with the idempotency keys and ids, so a test can check that every
 * acknowledged order and payment survived the fault and that replays answer the same
 * resource. A 5xx, a 409 or a cut connection is a refusal the client retries; any other
 * answer is a bug, kept in {@link #unexpected} with the phase it came in.
 */
final class OrderStream {

	static final String PAYMENT = "{\"provider\":\"DEMO\"}";

	/** An acknowledged order, and its acknowledged payment if any. */
	record Placed(String id, String key, String body, String token, String paymentKey, String paymentId) {
	}

	final Map<String, Placed> orders = new ConcurrentHashMap<>();

	final Map<String, Placed> paid = new ConcurrentHashMap<>();

	final Map<String, String> unexpected = new ConcurrentHashMap<>();

	final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	/** What the test is doing, to tell when an unexpected answer came. */
	volatile String phase = "before the fault";

	private final Http http;

	private final LotFixtures.Lot lot;

	private final List<BuyerFixtures.Buyer> buyers;

	private final int clients;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final ExecutorService pool;

	private final List<Future<?>> workers = new ArrayList<>();

	OrderStream(Http http, LotFixtures.Lot lot, List<BuyerFixtures.Buyer> buyers, int clients) {
		this.http = http;
		this.lot = lot;
		this.buyers = buyers;
		this.clients = clients;
		this.pool = Executors.newFixedThreadPool(clients);
	}

	void start() {
		for (int w = 0; w < clients; w++) {
			int client = w;
			workers.add(pool.submit(() -> {
				int i = client;
				while (running.get()) {
					once(buyers.get(i % buyers.size()));
					i += clients;
				}
				return null;
			}));
		}
	}

	private void once(BuyerFixtures.Buyer buyer) {
		try {
			String key = UUID.randomUUID().toString();
			String body = """
					{"lines":[{"lotId":"%s","corridorId":"%s","quantity":1}],
					 "deliveryAddress":{"name":"Li Wei","phone":"+86 138 0013 8000","line":"88 Wensan Road","city":"Hangzhou","region":"Zhejiang"}}"""
				.formatted(lot.id(), lot.corridor());
			Http.Response placed = http.post("/api/v1/orders", "application/json", body, "Idempotency-Key", key,
					"Authorization", "Bearer " + buyer.token());
			if (!acknowledged(placed, "order")) {
				return;
			}
			String id = placed.json().path("id").asString();
			orders.put(id, new Placed(id, key, body, buyer.token(), null, null));
			String paymentKey = UUID.randomUUID().toString();
			Http.Response payment = http.post("/api/v1/orders/" + id + "/payments", "application/json", PAYMENT,
					"Idempotency-Key", paymentKey, "Authorization", "Bearer " + buyer.token());
			if (acknowledged(payment, "payment")) {
				paid.put(id, new Placed(id, key, body, buyer.token(), paymentKey,
						payment.json().path("payment").path("id").asString()));
			}
		}
		catch (UncheckedIOException cut) {
			// Isoko or its database is away, or the connection was cut: the client
			// retries after a pause.
			failures.add(String.valueOf(cut.getMessage()));
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** 2xx acknowledges; 5xx and 409 refuse (retried); anything else is a bug. */
	private boolean acknowledged(Http.Response response, String what) {
		if (response.status() == 200 || response.status() == 201) {
			return true;
		}
		failures.add(what + " " + response.status());
		if (response.status() < 500 && response.status() != 409) {
			unexpected.putIfAbsent(what + " " + response.status() + " " + phase, response.toString());
		}
		return false;
	}

	/** Waits until {@code count} payments are acknowledged, or the timeout. */
	void awaitPaid(long count, Duration timeout) throws InterruptedException {
		long start = System.nanoTime();
		while (paid.size() < count && System.nanoTime() - start < timeout.toNanos()) {
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
