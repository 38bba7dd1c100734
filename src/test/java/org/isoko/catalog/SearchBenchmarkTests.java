package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.isoko.network.Corridor;
import org.isoko.network.Network;
import org.isoko.shared.HubCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Storefront search at 100,000 lots: not a test of correctness (see
 * StorefrontIntegrationTests) but a measurement, excluded from the default build. Run
 * with {@code ./mvnw -B -Pbenchmark-search verify}: it seeds 100,000 listed lots with
 * JDBC batches (products with English and, for most, Chinese texts; lots; listings on the
 * three corridors into China, Kenya and Rwanda; certificates; the search rows), then runs
 * a fixed mix of searches through {@link Storefront} and a smaller sample over HTTP
 * through {@code /api/v1/listings}, and prints latency percentiles and throughput.
 * {@link SearchBenchmarkPostgresTests} does the same on PostgreSQL.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBenchmarkTests {

	static final int LOTS = Integer.getInteger("isoko.benchmark.lots", 100_000);
	static final int WARM_UP = 200;
	static final int MEASURED = 500;
	static final int HTTP_MEASURED = 100;

	@Autowired
	Storefront storefront;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Network network;

	@LocalServerPort
	int port;

	@Test
	void searchAt100kLots() throws Exception {
		String engine = dataSource.getConnection().getMetaData().getDatabaseProductName();
		long seedStart = System.nanoTime();
		seed();
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
		System.out.printf(Locale.ROOT, "%n=== Storefront search benchmark on %s: %,d lots seeded in %.1f s ===%n",
				engine, LOTS, seedSeconds);

		List<Storefront.Request> mix = mix();
		for (int i = 0; i < WARM_UP; i++) {
			run(mix.get(i % mix.size()));
		}
		long[] nanos = new long[MEASURED];
		long totalHits = 0;
		long start = System.nanoTime();
		for (int i = 0; i < MEASURED; i++) {
			long t0 = System.nanoTime();
			totalHits += run(mix.get(i % mix.size()));
			nanos[i] = System.nanoTime() - t0;
		}
		report(engine + ", Storefront.search", nanos, System.nanoTime() - start);
		slowest(mix, nanos);
		assertThat(totalHits).isPositive();

		HttpClient http = HttpClient.newHttpClient();
		List<String> urls = mix.stream().map(this::url).toList();
		for (int i = 0; i < 50; i++) {
			get(http, urls.get(i % urls.size()));
		}
		long[] httpNanos = new long[HTTP_MEASURED];
		start = System.nanoTime();
		for (int i = 0; i < HTTP_MEASURED; i++) {
			long t0 = System.nanoTime();
			get(http, urls.get(i % urls.size()));
			httpNanos[i] = System.nanoTime() - t0;
		}
		report(engine + ", GET /api/v1/listings over HTTP", httpNanos, System.nanoTime() - start);
		printPlan(engine);
	}

	private long run(Storefront.Request request) {
		String q = request.q();
		Locale locale = q != null
				&& q.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
						? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		return storefront.search(request, null, locale).page().totalItems();
	}

	private void get(HttpClient http, String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	/**
	 * A fixed mix: text in English and Chinese, each filter, each sort, first and deep
	 * pages, three destinations.
	 */
	static List<Storefront.Request> mix() {
		List<Storefront.Request> mix = new ArrayList<>();
		String[] queries = { "coffee", "huye washed", "tea", "honey", "nyamasheke natural", "roasted coffee", "咖啡",
				"红茶", "胡耶 咖啡", "蜂蜜", "水洗咖啡生豆", "chili", null, null, "gakenke", "macadamia" };
		String[] sorts = { "relevance", "price-asc", "price-desc", "newest", "cup-score" };
		String[] destinations = { "CN", "CN", "CN", "KE", "RW" };
		String[] pages = { "0", "0", "0", "1", "5", "50" };
		Random random = new Random(42);
		for (int i = 0; i < 200; i++) {
			String q = queries[random.nextInt(queries.length)];
			String category = random.nextInt(5) == 0 ? "GREEN_COFFEE" : null;
			String process = random.nextInt(8) == 0 ? "FULLY_WASHED" : null;
			String region = random.nextInt(10) == 0 ? "Huye" : null;
			String origin = random.nextInt(10) == 0 ? "RW" : null;
			String min = random.nextInt(6) == 0 ? "50" : null;
			String max = random.nextInt(6) == 0 ? "1500" : null;
			String certified = random.nextInt(8) == 0 ? "true" : null;
			String destination = destinations[random.nextInt(destinations.length)];
			if ("RW".equals(destination)) {
				min = min == null ? null : "10000";
				max = max == null ? null : "500000";
			}
			mix.add(new Storefront.Request(destination, q, category, origin, region, process, min, max, certified,
					sorts[random.nextInt(sorts.length)], pages[random.nextInt(pages.length)], "20"));
		}
		return mix;
	}

	private String url(Storefront.Request r) {
		StringBuilder url = new StringBuilder(
				"http://localhost:" + port + "/api/v1/listings?destination=" + r.destination());
		param(url, "q", r.q());
		param(url, "category", r.category());
		param(url, "originCountry", r.originCountry());
		param(url, "region", r.region());
		param(url, "process", r.process());
		param(url, "minPrice", r.minPrice());
		param(url, "maxPrice", r.maxPrice());
		param(url, "certified", r.certified());
		param(url, "sort", r.sort());
		param(url, "page", r.page());
		return url.toString();
	}

	private static void param(StringBuilder url, String name, String value) {
		if (value != null) {
			url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static void report(String what, long[] nanos, long wallNanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT,
				"%-55s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms  %.0f queries/s%n", what, sorted.length,
				ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
				ms(sorted[sorted.length - 1]), sorted.length / (wallNanos / 1e9));
	}

	/** The five slowest measured requests, to show which kind of search costs most. */
	private static void slowest(List<Storefront.Request> mix, long[] nanos) {
		Integer[] order = new Integer[nanos.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
		for (int i = 0; i < 5; i++) {
			System.out.printf(Locale.ROOT, "  slow: %.1f ms %s%n", ms(nanos[order[i]]), mix.get(order[i] % mix.size()));
		}
	}

	private static long percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private void printPlan(String engine) {
		if (!engine.toLowerCase(Locale.ROOT).contains("postgres")) {
			return;
		}
		System.out.println("Plan of a Chinese text search (PostgreSQL):");
		jdbc.sql("""
				EXPLAIN SELECT s.lot_id FROM catalog_search s WHERE s.corridor_id IN (SELECT id FROM network_corridor)
				  AND s.search_vector @@ to_tsquery('simple', '咖啡:*') LIMIT 20""")
			.query(String.class)
			.list()
			.forEach(line -> System.out.println("  " + line));
	}

	// ---- seeding

	static final String[][] REGIONS = { { "Huye", "胡耶" }, { "Nyamasheke", "尼亚马谢凯" }, { "Gakenke", "加肯凯" },
			{ "Rulindo", "鲁林多" }, { "Nyaruguru", "尼亚鲁古鲁" }, { "Karongi", "卡龙吉" }, { "Rutsiro", "鲁齐罗" },
			{ "Musanze", "穆桑泽" }, { "Gicumbi", "吉昆比" }, { "Nyamagabe", "尼亚马加贝" }, { "Rusizi", "鲁西齐" },
			{ "Kamonyi", "卡莫尼" } };
	static final String[][] PRODUCTS = { { "GREEN_COFFEE", "green coffee", "咖啡生豆", "60 kg bag of green coffee" },
			{ "ROASTED_COFFEE", "roasted coffee", "烘焙咖啡", "250 g pack of roasted coffee" },
			{ "TEA", "black tea", "红茶", "1 kg bag of tea" }, { "SPICES", "chili oil", "辣椒油", "100 g jar" },
			{ "PROCESSED_FOOD", "wild honey", "野生蜂蜜", "500 g jar of honey" },
			{ "PROCESSED_FOOD", "macadamia nuts", "夏威夷果", "1 kg bag" },
			{ "HANDICRAFT", "agaseke basket", "阿加塞克篮子", "one basket" } };
	static final String[][] PROCESSES = { { "FULLY_WASHED", "fully washed", "水洗" }, { "NATURAL", "natural", "日晒" },
			{ "HONEY", "honey", "蜜处理" }, { "SEMI_WASHED", "semi-washed", "半水洗" } };
	static final String[] ADJECTIVES = { "Bright", "Sweet", "Floral", "Bourbon", "Single estate", "Hillside", "Lake",
			"Highland", "Organic", "Smallholder" };

	private void seed() throws Exception {
		// catalog_search.currency references catalog_search_currency.
		jdbc.sql(
				"INSERT INTO catalog_search_currency (currency) SELECT 'RWF' WHERE NOT EXISTS (SELECT 1 FROM catalog_search_currency WHERE currency = 'RWF')")
			.update();
		jdbc.sql(
				"INSERT INTO catalog_search_currency (currency) SELECT 'CNY' WHERE NOT EXISTS (SELECT 1 FROM catalog_search_currency WHERE currency = 'CNY')")
			.update();
		Corridor toChina = network.corridor(HubCode.of("KGL"), HubCode.of("HGH")).orElseThrow();
		Corridor toKenya = network.corridor(HubCode.of("KGL"), HubCode.of("NBO")).orElseThrow();
		Corridor toRwanda = network.corridor(HubCode.of("HGH"), HubCode.of("KGL")).orElseThrow();
		UUID rwSeller = UUID.randomUUID();
		UUID cnSeller = UUID.randomUUID();
		Random random = new Random(7);
		Instant now = Instant.now();
		Timestamp nowTs = Timestamp.from(now);
		LocalDate today = LocalDate.now();
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			PreparedStatement product = c
				.prepareStatement("INSERT INTO catalog_product (id, seller_id, category, hs_code, unit_of_sale, "
						+ "net_weight_grams, gross_weight_grams, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1000, 1100, ?, ?)");
			PreparedStatement text = c.prepareStatement(
					"INSERT INTO catalog_product_text (product_id, language, name, description) VALUES (?, ?, ?, ?)");
			PreparedStatement lot = c.prepareStatement(
					"INSERT INTO catalog_lot (id, product_id, seller_id, reference, quantity_total, available, "
							+ "price_minor, currency, min_order_quantity, origin_country, origin_region, producer_name, producer_kind, process, cup_score, "
							+ "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 'COOPERATIVE', ?, ?, ?, ?)");
			PreparedStatement document = c
				.prepareStatement("INSERT INTO catalog_lot_document (id, lot_id, kind, number, issuer, issued_on, "
						+ "expires_on, scheme, origin_criterion) VALUES (?, ?, 'CERTIFICATE_OF_ORIGIN', ?, 'Rwanda Development Board', ?, ?, 'CHINA_LDC', 'WHOLLY_OBTAINED')");
			PreparedStatement listing = c.prepareStatement(
					"INSERT INTO catalog_listing (id, lot_id, corridor_id, status, listed_at, changed_at) "
							+ "VALUES (?, ?, ?, 'LISTED', ?, ?)");
			PreparedStatement search = c
				.prepareStatement("INSERT INTO catalog_search (lot_id, corridor_id, product_id, category, process, "
						+ "origin_country, region_key, price_minor, currency, cup_score, listed_at, name_tokens, body_tokens) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			for (int i = 0; i < LOTS; i++) {
				int destination = random.nextInt(100);
				boolean chinese = destination >= 85; // 15 % are Chinese lots sold to
														// Rwanda
				Corridor corridor = chinese ? toRwanda : destination < 60 ? toChina : toKenya;
				String[] region = REGIONS[random.nextInt(REGIONS.length)];
				String[] kind = PRODUCTS[chinese ? 6 - random.nextInt(3) : random.nextInt(PRODUCTS.length)];
				boolean coffee = kind[0].endsWith("COFFEE");
				String[] process = coffee ? PROCESSES[random.nextInt(PROCESSES.length)] : null;
				String adjective = ADJECTIVES[random.nextInt(ADJECTIVES.length)];
				UUID productId = UUID.randomUUID();
				UUID lotId = UUID.randomUUID();
				String en = adjective + " " + region[0] + " " + (process == null ? "" : process[1] + " ") + kind[1]
						+ " lot " + i;
				String enBody = "From smallholders around " + region[0] + ", traceable to the washing station. Harvest "
						+ (2024 + i % 3) + ", " + kind[1] + ", grade " + (char) ('A' + i % 3) + ".";
				String zh = random.nextInt(10) < 7
						? region[1] + (process == null ? "" : process[2]) + kind[2] + " 第" + i + "批" : null;
				String zhBody = zh == null ? null : "来自" + region[1] + "小农户的" + kind[2] + "，可追溯到水洗站。";
				long price = chinese ? 5_000 + random.nextInt(500_000) : 2_000 + random.nextInt(400_000);
				String currency = chinese ? "CNY" : "RWF";
				BigDecimal cup = coffee ? BigDecimal.valueOf(8_000 + random.nextInt(800), 2) : null;
				int available = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(500);
				Timestamp listed = Timestamp.from(now.minusSeconds(random.nextInt(365 * 86_400)));

				product.setObject(1, productId);
				product.setObject(2, chinese ? cnSeller : rwSeller);
				product.setString(3, kind[0]);
				product.setString(4, coffee ? "090111" : "210390");
				product.setString(5, kind[3]);
				product.setTimestamp(6, nowTs);
				product.setTimestamp(7, nowTs);
				product.addBatch();
				text.setObject(1, productId);
				text.setString(2, "en");
				text.setString(3, en);
				text.setString(4, enBody);
				text.addBatch();
				if (zh != null) {
					text.setObject(1, productId);
					text.setString(2, "zh");
					text.setString(3, zh);
					text.setString(4, zhBody);
					text.addBatch();
				}
				lot.setObject(1, lotId);
				lot.setObject(2, productId);
				lot.setObject(3, chinese ? cnSeller : rwSeller);
				lot.setString(4, "BENCH-" + i);
				lot.setInt(5, Math.max(available, 1) + 10);
				lot.setInt(6, available);
				lot.setLong(7, price);
				lot.setString(8, currency);
				lot.setString(9, chinese ? "CN" : "RW");
				lot.setString(10, chinese ? "Zhejiang" : region[0]);
				lot.setString(11, (chinese ? "Hangzhou Machinery " : region[0] + " Cooperative ") + (i % 97));
				lot.setString(12, process == null ? null : process[0]);
				lot.setBigDecimal(13, cup);
				lot.setTimestamp(14, nowTs);
				lot.setTimestamp(15, nowTs);
				lot.addBatch();
				if (!chinese && random.nextInt(3) == 0) {
					document.setObject(1, UUID.randomUUID());
					document.setObject(2, lotId);
					document.setString(3, "RW-CO-" + i);
					boolean expired = random.nextInt(4) == 0;
					document.setObject(4, expired ? today.minusMonths(14) : today.minusMonths(1));
					document.setObject(5, expired ? today.minusMonths(2) : today.plusMonths(11));
					document.addBatch();
				}
				listing.setObject(1, UUID.randomUUID());
				listing.setObject(2, lotId);
				listing.setObject(3, corridor.id().value());
				listing.setTimestamp(4, listed);
				listing.setTimestamp(5, listed);
				listing.addBatch();
				search.setObject(1, lotId);
				search.setObject(2, corridor.id().value());
				search.setObject(3, productId);
				search.setString(4, kind[0]);
				search.setString(5, process == null ? null : process[0]);
				search.setString(6, chinese ? "CN" : "RW");
				search.setString(7, SearchIndex.regionKey(chinese ? "Zhejiang" : region[0]));
				search.setLong(8, price);
				search.setString(9, currency);
				search.setBigDecimal(10, cup);
				search.setTimestamp(11, listed);
				search.setString(12, SearchText.document(Arrays.asList(en, zh)));
				search.setString(13, SearchText.document(Arrays.asList(enBody, zhBody, region[0],
						(chinese ? "Hangzhou Machinery " : region[0] + " Cooperative ") + (i % 97))));
				search.addBatch();
				if (i % 1_000 == 999 || i == LOTS - 1) {
					product.executeBatch();
					text.executeBatch();
					lot.executeBatch();
					document.executeBatch();
					listing.executeBatch();
					search.executeBatch();
					c.commit();
				}
			}
			c.setAutoCommit(true);
		}
		if (dataSource.getConnection()
			.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres")) {
			jdbc.sql("VACUUM ANALYZE").update();
		}
		else {
			jdbc.sql("ANALYZE").update();
		}
	}

}
