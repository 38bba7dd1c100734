package org.isoko.customs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.isoko.customs.ceb.ResidentId;
import org.isoko.logistics.ParcelId;
import org.isoko.logistics.documents.HouseWaybillNumber;
import org.isoko.ordering.OrderCleared;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.Orderer;
import org.isoko.identity.UserId;
import org.isoko.shared.HubCode;
import org.isoko.support.MutableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 15's clearance benchmark: the seed's yearly forecast of cross-border parcels
 * (200,000; {@code -Dbenchmark.parcels=}, default 5,000) declared to China's customs with
 * their four documents (kept unsigned; the outbox signs each message it sends), then sent
 * by the outbox to the in-process simulator, matched, answered, and the 4×N receipts
 * processed until every declaration is RELEASED.
 *
 * <p>
 * Set-up, not measured: one order goes the whole honest way (HTTP checkout, payment,
 * acceptance, intake, arrival, declared and released). Its order, lines and parcel rows
 * are then copied N times in SQL (new ids, order numbers, waybills, buyers; order
 * SHIPPED, parcel ARRIVED_AT_DESTINATION), each copy gets its own orderer identity
 * through {@link BuyerIdentities#keep} (a distinct valid resident ID, as checkout gives:
 * customs counts each buyer's year, and one buyer would pass RMB 26,000 after a few
 * parcels), and each copy is declared through {@link Declarations#declare}, the path
 * {@code ParcelArrived} takes. They are declared with the test clock a day ahead, so that
 * the outbox finds nothing due; the measurement starts when the clock moves to that day:
 * the whole backlog is due at once.
 *
 * <p>
 * Measured: wall time from "due" to the last RELEASED, messages/s and receipts/s over it,
 * the declared→released percentiles (all start at the same instant, so the p-th
 * percentile is when p % of the declarations had been released; sampled every 100 ms),
 * this JVM's CPU per message (H2, the simulator and the sampler are in it). Run:
 * {@code ./mvnw -B test -Pbenchmarks -Dtest=CustomsClearanceBenchmark}.
 */
@Tag("benchmark")
@TestPropertySource(properties = { "isoko.customs.simulator.enabled=true", "logging.level.org.isoko.customs=WARN",
		"logging.level.org.isoko.logistics=WARN", "logging.level.org.isoko.ordering=WARN",
		"logging.level.org.isoko.payments=WARN" })
class CustomsClearanceBenchmark extends CustomsTestSupport {

	static final int PARCELS = Integer.getInteger("benchmark.parcels", 5_000);

	static final Duration AHEAD = Duration.ofDays(1);

	@Autowired
	Declarations declarations;

	@Autowired
	BuyerIdentities identities;

	@Autowired
	MutableClock clock;

	@Autowired
	CustomsSettings settings;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void theYearsParcelsAreDeclaredAnsweredAndReleased() throws Exception {
		String template = templateOrder();
		UUID templateParcel = jdbc.sql("SELECT id FROM logistics_parcel WHERE order_id = :o")
			.param("o", UUID.fromString(template))
			.query(UUID.class)
			.single();
		String load = loadAverages();

		long setUp = System.nanoTime();
		List<UUID> parcels = copies(UUID.fromString(template), templateParcel);
		double copied = (System.nanoTime() - setUp) / 1e9;
		long declaring = System.nanoTime();
		long declaringCpu = processCpu();
		declareAll(parcels);
		double declared = (System.nanoTime() - declaring) / 1e9;
		double declaredCpu = (processCpu() - declaringCpu) / 1e9;
		assertThat(count("SELECT COUNT(*) FROM customs_outbox WHERE status = 'PENDING'")).isEqualTo(4L * PARCELS);

		// Measured from here: the backlog is due.
		AtomicLong cleared = clearedOrders();
		jdk.jfr.Recording profile = profile();
		Map<String, Long> threadsBefore = cpuByThread();
		long cpuBefore = processCpu();
		long start = System.nanoTime();
		clock.advance(AHEAD);
		List<long[]> curve = new ArrayList<>(); // {nanos since start, released}
		long released = 0;
		long deadline = start + Duration.ofMinutes(Long.getLong("benchmark.minutes", 60)).toNanos();
		long outboxEmptied = -1;
		while (released < PARCELS && System.nanoTime() < deadline) {
			// Every 250 ms, from the orders cleared as they commit (counted in memory): a
			// count of the RELEASED rows visits every one of them, and with the count of
			// the unsent messages it took a tenth of the JVM's CPU of the 200,000 run
			// even
			// at one count every 2 s.
			Thread.sleep(250);
			released = cleared.get();
			long t = System.nanoTime() - start;
			curve.add(new long[] { t, released });
			if (outboxEmptied < 0 && count("""
					SELECT COUNT(*) FROM (SELECT 1 FROM customs_outbox WHERE status = 'PENDING' AND attempts = 0
					  LIMIT 1) AS unsent""") == 0) {
				outboxEmptied = t;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (processCpu() - cpuBefore) / 1e9;
		Map<String, Long> threadsAfter = cpuByThread();
		if (profile != null) {
			profile.dump(Path.of(System.getProperty("benchmark.jfr")));
			profile.close();
		}
		String loadAfter = loadAverages();

		long messages = 4L * PARCELS;
		// The signed CEB messages that carried them: one per batch, one per document sent
		// alone.
		long envelopes = count("SELECT COUNT(DISTINCT batch_guid) FROM customs_outbox WHERE batch_guid IS NOT NULL")
				+ count("SELECT COUNT(*) FROM customs_outbox WHERE batch_guid IS NULL") - 4;
		long receiptMessages = count("SELECT COUNT(*) FROM customs_sim_receipt");
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("parcels (declarations)", String.format(Locale.ROOT, "%,d", PARCELS));
		figures.put("set-up: copies, s", String.format(Locale.ROOT, "%.1f", copied));
		figures.put("set-up: declared (4 documents each), s", String.format(Locale.ROOT, "%.1f", declared));
		figures.put("set-up: declaring, JVM CPU per parcel, ms",
				String.format(Locale.ROOT, "%.2f", declaredCpu * 1000 / PARCELS));
		figures.put("released", String.format(Locale.ROOT, "%,d", released));
		figures.put("time to clear all, s", String.format(Locale.ROOT, "%.1f", seconds));
		figures.put("outbox: every message sent once after, s",
				outboxEmptied < 0 ? "-" : String.format(Locale.ROOT, "%.1f", outboxEmptied / 1e9));
		figures.put("documents/s (4N over the time to clear all)",
				String.format(Locale.ROOT, "%.0f", messages / seconds));
		figures.put("receipt lines/s (4N over the time to clear all)",
				String.format(Locale.ROOT, "%.0f", messages / seconds));
		figures.put("signed messages sent (documents per message)",
				String.format(Locale.ROOT, "%,d (%.1f)", envelopes, messages / (double) Math.max(1, envelopes)));
		figures.put("signed messages sent/s", String.format(Locale.ROOT, "%.1f", envelopes / seconds));
		figures.put("signed receipt messages (all, template included)",
				String.format(Locale.ROOT, "%,d", receiptMessages));
		figures.put("declared->released p50 / p95 / p99, s", String.format(Locale.ROOT, "%.1f / %.1f / %.1f",
				percentile(curve, 0.50), percentile(curve, 0.95), percentile(curve, 0.99)));
		figures.put("JVM CPU per document (H2, simulator included), ms",
				String.format(Locale.ROOT, "%.2f", cpu * 1000 / messages));
		figures.put("cores used (JVM CPU / wall)", String.format(Locale.ROOT, "%.2f", cpu / seconds));
		figures.put("documents-per-message", String.valueOf(settings.outbox().documentsPerMessage()));
		figures.put("JVM CPU, s", String.format(Locale.ROOT, "%.1f", cpu));
		figures.put("CPU by thread, s (share of the wall time)", threadShares(threadsBefore, threadsAfter, seconds));
		figures.put("200,000 at this rate, min (extrapolated)",
				String.format(Locale.ROOT, "%.1f", seconds * 200_000 / PARCELS / 60));
		figures.put("load average before / after", load + " / " + loadAfter);
		figures.put("heap used after the run (after a GC), MB", String.valueOf(heapAfterGc() / (1024 * 1024)));
		String text = figures.entrySet()
			.stream()
			.map(e -> e.getKey() + ": " + e.getValue())
			.collect(Collectors.joining(System.lineSeparator(), "Customs clearance benchmark" + System.lineSeparator(),
					System.lineSeparator()));
		System.out.print(text);
		write(text);

		assertThat(released).as("released").isEqualTo(PARCELS);
		assertThat(count("SELECT COUNT(*) FROM customs_declaration WHERE status <> 'RELEASED'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM customs_sim_message")).as("each message once with customs")
			.isEqualTo(4L * (PARCELS + 1));
		assertThat(count("SELECT COUNT(*) FROM ordering_order WHERE number LIKE 'CB%' AND status = 'CLEARED'"))
			.isEqualTo(PARCELS);
	}

	/**
	 * Counts the orders customs clears from now on, as their transactions commit
	 * (ordering's {@link OrderCleared}, published in the transaction that clears the
	 * order). By hand, not with Spring's {@code TransactionalApplicationListener}: Spring
	 * Modulith's event publication registry takes every transactional listener as one to
	 * record in {@code event_publication}, and refused one without an id (customs
	 * receipts then failed); this count writes nothing.
	 */
	private AtomicLong clearedOrders() {
		AtomicLong cleared = new AtomicLong();
		context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
			if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof OrderCleared) {
				if (TransactionSynchronizationManager.isSynchronizationActive()) {
					TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

						@Override
						public void afterCommit() {
							cleared.incrementAndGet();
						}

					});
				}
				else {
					cleared.incrementAndGet();
				}
			}
		});
		return cleared;
	}

	/** One order the whole honest way, released: the rows the copies are made of. */
	private String templateOrder() throws Exception {
		String order = arrivedOrder();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "RELEASED".equals(declarationStatus(order)));
		return order;
	}

	/** N copies of the template's order, lines and parcel, ready to declare. */
	private List<UUID> copies(UUID order, UUID parcel) {
		String orderColumns = columns("ordering_order");
		String lineColumns = columns("ordering_order_line");
		String parcelColumns = columns("logistics_parcel");
		List<UUID> parcels = new ArrayList<>();
		for (int i = 0; i < PARCELS; i++) {
			UUID newOrder = UUID.randomUUID();
			UUID newParcel = UUID.randomUUID();
			UUID buyer = UUID.randomUUID();
			String number = String.format(Locale.ROOT, "CB%09d", i);
			jdbc.sql(copy("ordering_order", orderColumns,
					Map.of("id", ":newId", "number", ":number", "buyer_id", ":buyer", "status", "'SHIPPED'"),
					"id = :old"))
				.param("newId", newOrder)
				.param("number", number)
				.param("buyer", buyer)
				.param("old", order)
				.update();
			jdbc.sql(copy("ordering_order_line", lineColumns, Map.of("order_id", ":newId"), "order_id = :old"))
				.param("newId", newOrder)
				.param("old", order)
				.update();
			jdbc.sql(copy("logistics_parcel", parcelColumns,
					Map.of("id", ":newId", "order_id", ":order", "order_number", ":number", "buyer_id", ":buyer",
							"waybill", ":waybill", "status", "'ARRIVED_AT_DESTINATION'"),
					"id = :old"))
				.param("newId", newParcel)
				.param("order", newOrder)
				.param("number", number)
				.param("buyer", buyer)
				.param("waybill", new HouseWaybillNumber(HubCode.of("KGL"), 90_000_000L + i).value())
				.param("old", parcel)
				.update();
			identities.keep(new OrderId(newOrder), new UserId(buyer), new Orderer(null, "李伟", residentId(i)), true,
					clock.instant());
			parcels.add(newParcel);
		}
		return parcels;
	}

	/**
	 * Declares every copy as ParcelArrived would, on two threads (the machine's cores;
	 * {@code -Dbenchmark.declare-threads=}: more take a larger share of a machine that
	 * others load, for the set-up only).
	 */
	private void declareAll(List<UUID> parcels) throws Exception {
		java.time.Instant due = clock.instant().plus(AHEAD);
		ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("benchmark.declare-threads", 2));
		AtomicInteger done = new AtomicInteger();
		try {
			List<Future<?>> work = new ArrayList<>();
			for (UUID p : parcels) {
				work.add(pool.submit(() -> {
					transactions.executeWithoutResult(tx -> {
						Declaration d = declarations.declare(new ParcelId(p)).orElseThrow();
						jdbc.sql("UPDATE customs_outbox SET next_attempt_at = :due WHERE declaration_id = :d")
							.param("due", org.isoko.shared.SqlTimes.utc(due))
							.param("d", d.id())
							.update();
					});
					done.incrementAndGet();
				}));
			}
			for (Future<?> f : work) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(done.get()).isEqualTo(parcels.size());
	}

	/** A valid resident ID number per copy: birth dates from 1 January 1980 on. */
	static String residentId(int i) {
		String birth = java.time.LocalDate.of(1980, 1, 1)
			.plusDays(i % 10_000)
			.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
		String first17 = "330106" + birth + String.format(Locale.ROOT, "%03d", i / 10_000 % 1000);
		String id = first17 + ResidentId.checkCharacter(first17);
		assertThat(ResidentId.isValid(id)).isTrue();
		return id;
	}

	private String columns(String table) {
		return String.join(",",
				jdbc.sql("""
						SELECT LOWER(COLUMN_NAME) FROM INFORMATION_SCHEMA.COLUMNS
						WHERE LOWER(TABLE_NAME) = :t AND LOWER(TABLE_SCHEMA) = 'public' ORDER BY ORDINAL_POSITION""")
					.param("t", table)
					.query(String.class)
					.list());
	}

	private static String copy(String table, String columns, Map<String, String> overrides, String where) {
		String select = java.util.Arrays.stream(columns.split(","))
			.map(c -> overrides.getOrDefault(c, c))
			.collect(Collectors.joining(","));
		return "INSERT INTO " + table + " (" + columns + ") SELECT " + select + " FROM " + table + " WHERE " + where;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** Seconds until the given share of the declarations had been released. */
	private static double percentile(List<long[]> curve, double share) {
		long needed = (long) Math.ceil(share * PARCELS);
		return curve.stream().filter(s -> s[1] >= needed).mapToLong(s -> s[0]).findFirst().orElse(-1_000_000_000L)
				/ 1e9;
	}

	/**
	 * With {@code -Dbenchmark.jfr=<file>}: a JFR recording (the "profile" settings) of
	 * the measured part only, not the set-up.
	 */
	private static jdk.jfr.Recording profile() throws Exception {
		if (System.getProperty("benchmark.jfr") == null) {
			return null;
		}
		jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
		recording.start();
		return recording;
	}

	/**
	 * The CPU time of each live thread, by what it does: the outbox (its poller and
	 * senders, the simulated customs taking messages), the receipts (the simulator's
	 * answers, applied by Isoko on that thread), this sampler, the event listeners, the
	 * rest. A thread's share of the wall time near 1 is a bottleneck.
	 */
	private static Map<String, Long> cpuByThread() {
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, Long> cpu = new java.util.TreeMap<>();
		for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			long nanos = threads.getThreadCpuTime(info.getThreadId());
			if (nanos > 0) {
				cpu.merge(info.getThreadName(), nanos, Long::sum);
			}
		}
		return cpu;
	}

	private static String threadShares(Map<String, Long> before, Map<String, Long> after, double seconds) {
		Map<String, Long> byKind = new java.util.LinkedHashMap<>();
		after.forEach((name, nanos) -> {
			String kind = name.startsWith("customs-outbox") ? name
					: name.equals("china-customs-simulator") ? "receipts (china-customs-simulator)"
							: name.equals("main") ? "sampler (main)"
									: name.startsWith("task-") ? "event listeners (task-*)" : "other";
			byKind.merge(kind, nanos - before.getOrDefault(name, 0L), Long::sum);
		});
		return byKind.entrySet()
			.stream()
			.filter(e -> e.getValue() > 0)
			.map(e -> String.format(Locale.ROOT, "%s %.1f (%.2f)", e.getKey(), e.getValue() / 1e9,
					e.getValue() / 1e9 / seconds))
			.collect(java.util.stream.Collectors.joining("; "));
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * What the heap holds once the run is over (H2 in memory holds every row): for sizing
	 * the heap of a larger N ({@code -Dbenchmark.heap=}).
	 */
	private static long heapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static String loadAverages() {
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static void write(String text) throws IOException {
		Path out = Path.of("target", "customs-clearance-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, text);
	}

}
