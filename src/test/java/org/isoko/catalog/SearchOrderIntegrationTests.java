package org.isoko.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.isoko.network.FxQuote;
import org.isoko.network.FxRates;
import org.isoko.network.Network;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.NotFound;
import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The storefront's orders where the database is asked for them in pieces: sorted by price
 * in the buyer's currency, a search without words reads one index range per corridor and
 * seller currency and merges them; a search with words ranks all matches at once. Both
 * must give exactly the order of one full sort, page by page, with exact totals. Into
 * Rwanda (two corridors: Hangzhou and Nairobi) lots are priced in CNY, KES, USD and EUR
 * (which has no rate to RWF, so such lots have no converted price and come last); some
 * prices tie within a currency and one CNY and one KES price convert to exactly the same
 * amount, so ties must fall back to the lot id across branches. The expected order is
 * computed here, in Java, from the read model's rows (which include the demo lots on the
 * same corridors).
 */
@SpringBootTest
@AutoConfigureMockMvc // the same context (and database) as StorefrontIntegrationTests
class SearchOrderIntegrationTests {

	static final String MARKER = "sordmark";
	static final CurrencyCode RWF = CurrencyCode.of("RWF");
	static final int SIZE = 7;

	@Autowired
	Storefront storefront;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Network network;

	@Autowired
	FxRates fx;

	@Autowired
	Clock clock;

	UUID fromHangzhou;

	UUID fromNairobi;

	/** A row of the read model as the expected orders need it. */
	record Row(UUID lot, UUID corridor, String currency, long price, Instant listedAt, @Nullable BigDecimal cupScore,
			boolean marked) {

		String id() {
			return lot + "/" + corridor;
		}
	}

	@BeforeEach
	void fixtures() {
		fromHangzhou = network.corridor(HubCode.of("HGH"), HubCode.of("KGL")).orElseThrow().id().value();
		fromNairobi = network.corridor(HubCode.of("NBO"), HubCode.of("KGL")).orElseThrow().id().value();
		synchronized (SearchOrderIntegrationTests.class) {
			if (jdbc.sql("SELECT COUNT(*) FROM catalog_lot WHERE reference LIKE 'SORD-%'")
				.query(Long.class)
				.single() == 0) {
				seed();
			}
		}
	}

	// ---- price

	@Test
	void sortsByPriceAcrossSellerCurrenciesAndCorridorsPageByPage() {
		List<Row> rows = rows(r -> true);
		assertThat(rows.stream().map(Row::currency).distinct()).contains("CNY", "KES", "USD", "EUR");
		assertThat(rows.stream().map(Row::corridor).distinct()).hasSize(2);

		List<Row> ascending = sorted(rows, priceOrder(false));
		assertThat(pages(null, "price-asc", null, null)).containsExactlyElementsOf(ids(ascending));
		List<Row> descending = sorted(rows, priceOrder(true));
		assertThat(pages(null, "price-desc", null, null)).containsExactlyElementsOf(ids(descending));

		// EUR has no rate to RWF: those lots come last either way, in lot order.
		List<Row> unrated = rows.stream()
			.filter(r -> r.currency().equals("EUR"))
			.sorted(Comparator.comparing(r -> r.lot().toString()))
			.toList();
		assertThat(ascending.subList(ascending.size() - unrated.size(), ascending.size()))
			.containsExactlyElementsOf(unrated);
		assertThat(descending.subList(descending.size() - unrated.size(), descending.size()))
			.containsExactlyElementsOf(unrated);
	}

	@Test
	void breaksTiesAcrossSellerCurrenciesByLot() {
		Map<String, BigDecimal> factors = factors();
		List<Row> rows = rows(r -> true);
		Row cny = rows.stream()
			.filter(r -> r.currency().equals("CNY") && r.price() == tie()[0])
			.findFirst()
			.orElseThrow();
		Row kes = rows.stream()
			.filter(r -> r.currency().equals("KES") && r.price() == tie()[1])
			.findFirst()
			.orElseThrow();
		// The fixture really has two currencies converting to one amount ...
		assertThat(key(cny, factors)).isEqualByComparingTo(key(kes, factors));
		// ... and they are next to each other, the lower lot id first, whichever the
		// branch.
		List<String> ascending = pages(null, "price-asc", null, null);
		int first = Math.min(ascending.indexOf(cny.id()), ascending.indexOf(kes.id()));
		assertThat(ascending.subList(first, first + 2)).containsExactlyElementsOf(
				ids(sorted(List.of(cny, kes), Comparator.comparing((Row r) -> r.lot().toString()))));
	}

	@Test
	void sortsByPriceWithinAPriceRangeInTheBuyersCurrency() {
		Map<String, FxQuote> quotes = quotes();
		// 2,000 to 60,000 RWF, bounds included, as the converted (rounded) price the
		// buyer sees.
		Predicate<Row> inRange = r -> {
			FxQuote quote = quotes.get(r.currency());
			if (quote == null) {
				return false;
			}
			long rwf = Money.ofMinor(r.price(), r.currency()).convert(quote.rate(), RWF).minorUnits();
			return rwf >= 2_000 && rwf <= 60_000;
		};
		List<Row> rows = rows(inRange);
		assertThat(rows.size()).isBetween(SIZE + 1, rows(r -> true).size() - 5);
		assertThat(pages(null, "price-asc", "2000", "60000"))
			.containsExactlyElementsOf(ids(sorted(rows, priceOrder(false))));
		assertThat(pages(null, "price-desc", "2000", "60000"))
			.containsExactlyElementsOf(ids(sorted(rows, priceOrder(true))));
	}

	@Test
	void sortsWordSearchesByPriceExactlyLikeSearchesWithoutWords() {
		List<Row> marked = rows(Row::marked);
		assertThat(pages(MARKER, "price-asc", null, null))
			.containsExactlyElementsOf(ids(sorted(marked, priceOrder(false))));
		assertThat(pages(MARKER, "price-desc", null, null))
			.containsExactlyElementsOf(ids(sorted(marked, priceOrder(true))));
	}

	// ---- newest and cup score

	@Test
	void sortsNewestAndByCupScoreAcrossCorridorsPageByPage() {
		List<Row> rows = rows(r -> true);
		Comparator<Row> newest = Comparator.comparing(Row::listedAt, Comparator.reverseOrder());
		assertThat(pages(null, "newest", null, null))
			.containsExactlyElementsOf(ids(sorted(rows, newest.thenComparing(byLot()))));
		assertThat(pages(null, "relevance", null, null))
			.containsExactlyElementsOf(ids(sorted(rows, newest.thenComparing(byLot()))));
		Comparator<Row> cup = Comparator.comparing(Row::cupScore, Comparator.nullsLast(Comparator.reverseOrder()));
		assertThat(pages(null, "cup-score", null, null))
			.containsExactlyElementsOf(ids(sorted(rows, cup.thenComparing(newest).thenComparing(byLot()))));
		List<Row> marked = rows(Row::marked);
		assertThat(pages(MARKER, "cup-score", null, null))
			.containsExactlyElementsOf(ids(sorted(marked, cup.thenComparing(newest).thenComparing(byLot()))));
	}

	@Test
	void countsExactlyOnFullShortAndEmptyPages() {
		long total = rows(r -> true).size();
		// A page size that leaves a short last page (the demo data adds lots of its own
		// to these corridors).
		int size = total % SIZE != 0 ? SIZE : SIZE - 1;
		for (String sort : List.of("price-asc", "newest", "cup-score")) {
			for (long page = 0; page <= total / size + 2; page++) {
				PageOf<StorefrontItem> result = search(null, sort, null, null, page, size);
				assertThat(result.totalItems()).as(sort + " page " + page).isEqualTo(total);
				assertThat(result.items()).as(sort + " page " + page)
					.hasSize((int) Math.max(0, Math.min(size, total - page * size)));
			}
		}
		long marked = rows(Row::marked).size();
		assertThat(search(MARKER, "price-asc", null, null, 1000, SIZE).totalItems()).isEqualTo(marked);
		assertThat(search(MARKER, "price-asc", null, null, 1000, SIZE).items()).isEmpty();
		assertThat(search(MARKER + "nothing", "price-asc", null, null, 0, SIZE).totalItems()).isZero();
	}

	// ---- helpers

	/**
	 * Every page of a search into Rwanda, as "lot/corridor", checking that each page
	 * states the same total.
	 */
	List<String> pages(@Nullable String q, String sort, @Nullable String min, @Nullable String max) {
		List<String> ids = new ArrayList<>();
		PageOf<StorefrontItem> first = search(q, sort, min, max, 0, SIZE);
		for (long page = 0; page < first.totalPages(); page++) {
			PageOf<StorefrontItem> result = page == 0 ? first : search(q, sort, min, max, page, SIZE);
			assertThat(result.totalItems()).isEqualTo(first.totalItems());
			result.items().forEach(i -> ids.add(i.lotId().value() + "/" + i.corridorId().value()));
		}
		assertThat(ids).hasSize((int) first.totalItems());
		return ids;
	}

	PageOf<StorefrontItem> search(@Nullable String q, String sort, @Nullable String min, @Nullable String max,
			long page, int size) {
		return storefront
			.search(new Storefront.Request("RW", q, null, null, null, null, min, max, null, sort, String.valueOf(page),
					String.valueOf(size)), null, Locale.ENGLISH)
			.page();
	}

	List<Row> rows(Predicate<Row> filter) {
		return jdbc.sql(
				"SELECT lot_id, corridor_id, currency, price_minor, listed_at, cup_score, name_tokens FROM catalog_search "
						+ "WHERE corridor_id IN (:corridors)")
			.param("corridors", List.of(fromHangzhou, fromNairobi))
			.query((rs, n) -> new Row(rs.getObject("lot_id", UUID.class), rs.getObject("corridor_id", UUID.class),
					rs.getString("currency"), rs.getLong("price_minor"), rs.getTimestamp("listed_at").toInstant(),
					rs.getBigDecimal("cup_score"), rs.getString("name_tokens").contains(" " + MARKER)))
			.list()
			.stream()
			.filter(filter)
			.toList();
	}

	/**
	 * Price in RWF (exact, before rounding) ascending or descending, without a rate last,
	 * then lot and corridor.
	 */
	Comparator<Row> priceOrder(boolean descending) {
		Map<String, BigDecimal> factors = factors();
		Comparator<BigDecimal> amounts = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
		return Comparator.comparing((Row r) -> key(r, factors), Comparator.nullsLast(amounts)).thenComparing(byLot());
	}

	/**
	 * Ties end with the lot and the corridor, compared as the databases compare UUIDs
	 * (unsigned, byte by byte).
	 */
	static Comparator<Row> byLot() {
		return Comparator.comparing((Row r) -> r.lot().toString()).thenComparing(r -> r.corridor().toString());
	}

	static @Nullable BigDecimal key(Row row, Map<String, BigDecimal> factors) {
		BigDecimal factor = factors.get(row.currency());
		return factor == null ? null : BigDecimal.valueOf(row.price()).multiply(factor);
	}

	/**
	 * RWF minor units per seller minor unit, by seller currency; currencies without a
	 * rate are absent.
	 */
	Map<String, BigDecimal> factors() {
		Map<String, BigDecimal> factors = new LinkedHashMap<>();
		quotes().forEach((currency, quote) -> factors.put(currency,
				quote.rate().movePointLeft(quote.from().minorUnitDigits()).movePointRight(RWF.minorUnitDigits())));
		return factors;
	}

	Map<String, FxQuote> quotes() {
		Map<String, FxQuote> quotes = new LinkedHashMap<>();
		for (String currency : List.of("CNY", "KES", "USD", "EUR")) {
			try {
				quotes.put(currency, fx.rate(CurrencyCode.of(currency), RWF, LocalDate.now(clock)));
			}
			catch (NotFound noRate) {
				// EUR: no rate to RWF in the demo data, on purpose.
			}
		}
		assertThat(quotes).containsOnlyKeys("CNY", "KES", "USD");
		return quotes;
	}

	/** A CNY and a KES price (minor units) whose exact RWF amounts are equal. */
	long[] tie() {
		BigDecimal cny = factors().get("CNY").stripTrailingZeros();
		BigDecimal kes = factors().get("KES").stripTrailingZeros();
		int scale = Math.max(cny.scale(), kes.scale());
		BigInteger a = cny.setScale(scale).unscaledValue();
		BigInteger b = kes.setScale(scale).unscaledValue();
		BigInteger gcd = a.gcd(b);
		long[] prices = { b.divide(gcd).longValueExact(), a.divide(gcd).longValueExact() };
		assertThat(prices[0]).isLessThan(SearchPriceBounds.CEILING);
		assertThat(prices[1]).isLessThan(SearchPriceBounds.CEILING);
		return prices;
	}

	static List<Row> sorted(List<Row> rows, Comparator<Row> order) {
		return rows.stream().sorted(order).toList();
	}

	static List<String> ids(List<Row> rows) {
		return rows.stream().map(Row::id).toList();
	}

	// ---- fixture: lots written straight into the catalog tables and the read model,
	// like data loaded with SQL

	private void seed() {
		long[] tie = tie();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// currency, corridor, price (minor units), cup score or null, hours ago listed
		// (equal ones tie)
		List<Object[]> lots = new ArrayList<>();
		long[] cny = { 1_000, 25_000, 1_000, 7_500, 300, 99_999, 12_345, 1_000, 42_000, tie[0] };
		long[] kes = { 20_000, 500_000, 20_000, 150_000, 7_000, 20_000, 999_999, 61_000, 3_300, tie[1] };
		long[] usd = { 500, 1_200, 500, 25_000, 80 };
		long[] eur = { 1_000, 50, 700_000 };
		for (int i = 0; i < cny.length; i++) {
			lots.add(new Object[] { "CNY", fromHangzhou, cny[i], i % 3 == 0 ? null : new BigDecimal(84 + i % 4),
					i % 4 });
		}
		for (int i = 0; i < kes.length; i++) {
			lots.add(
					new Object[] { "KES", fromNairobi, kes[i], i % 2 == 0 ? null : new BigDecimal(85 + i % 3), i % 5 });
		}
		for (int i = 0; i < usd.length; i++) {
			lots.add(
					new Object[] { "USD", i % 2 == 0 ? fromHangzhou : fromNairobi, usd[i], new BigDecimal(86), i % 3 });
		}
		for (int i = 0; i < eur.length; i++) {
			lots.add(new Object[] { "EUR", fromNairobi, eur[i], null, i });
		}
		for (String currency : List.of("CNY", "KES", "USD", "EUR")) {
			jdbc.sql("INSERT INTO catalog_search_currency (currency) SELECT :c WHERE NOT EXISTS "
					+ "(SELECT 1 FROM catalog_search_currency WHERE currency = :c)")
				.param("c", currency)
				.update();
		}
		UUID seller = UUID.randomUUID();
		Timestamp created = Timestamp.from(now);
		for (int i = 0; i < lots.size(); i++) {
			Object[] lot = lots.get(i);
			String currency = (String) lot[0];
			UUID corridor = (UUID) lot[1];
			long price = (Long) lot[2];
			BigDecimal cup = (BigDecimal) lot[3];
			Timestamp listed = Timestamp.from(now.minus(Duration.ofHours(1 + (Integer) lot[4])));
			UUID product = UUID.randomUUID();
			UUID id = UUID.randomUUID();
			// Every other lot carries the marker word, so word searches see a part of the
			// rows.
			String name = "Order test lot " + i + (i % 2 == 0 ? " " + MARKER : "");
			jdbc.sql(
					"""
							INSERT INTO catalog_product (id, seller_id, category, hs_code, unit_of_sale, net_weight_grams, gross_weight_grams,
							  created_at, updated_at) VALUES (:id, :seller, 'PROCESSED_FOOD', '210390', 'one jar', 500, 600, :at, :at)""")
				.param("id", product)
				.param("seller", seller)
				.param("at", created)
				.update();
			jdbc.sql(
					"INSERT INTO catalog_product_text (product_id, language, name, description) VALUES (:p, 'en', :name, 'For the order tests')")
				.param("p", product)
				.param("name", name)
				.update();
			jdbc.sql(
					"""
							INSERT INTO catalog_lot (id, product_id, seller_id, reference, quantity_total, available, price_minor, currency,
							  min_order_quantity, origin_country, origin_region, producer_name, producer_kind, process, cup_score, created_at, updated_at)
							VALUES (:id, :product, :seller, :ref, 10, 10, :price, :currency, 1, 'CN', 'Zhejiang', 'Order test producer', 'COOPERATIVE',
							  NULL, :cup, :at, :at)""")
				.param("id", id)
				.param("product", product)
				.param("seller", seller)
				.param("ref", "SORD-" + i)
				.param("price", price)
				.param("currency", currency)
				.param("cup", cup)
				.param("at", created)
				.update();
			jdbc.sql(
					"INSERT INTO catalog_listing (id, lot_id, corridor_id, status, listed_at, changed_at) VALUES (:id, :lot, :c, 'LISTED', :at, :at)")
				.param("id", UUID.randomUUID())
				.param("lot", id)
				.param("c", corridor)
				.param("at", listed)
				.update();
			jdbc.sql(
					"""
							INSERT INTO catalog_search (lot_id, corridor_id, product_id, category, process, origin_country, region_key, price_minor,
							  currency, cup_score, listed_at, name_tokens, body_tokens)
							VALUES (:lot, :c, :product, 'PROCESSED_FOOD', NULL, 'CN', 'zhejiang', :price, :currency, :cup, :at, :names, :body)""")
				.param("lot", id)
				.param("c", corridor)
				.param("product", product)
				.param("price", price)
				.param("currency", currency)
				.param("cup", cup)
				.param("at", listed)
				.param("names", SearchText.document(List.of(name)))
				.param("body", SearchText.document(List.of("For the order tests")))
				.update();
		}
	}

}
