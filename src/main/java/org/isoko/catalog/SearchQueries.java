package org.isoko.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.isoko.shared.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The storefront's SQL. Matching, filtering, sorting and counting read only
 * {@code catalog_search}; the rows of the page shown are then completed from the catalog
 * tables (live availability, texts, certificates). On PostgreSQL the text matches through
 * the GIN-indexed {@code search_vector} and ranks with {@code ts_rank}; on H2 it is the
 * same token-prefix match written with LIKE.
 */
@Repository
class SearchQueries {

	static final String CERTIFICATE = "CERTIFICATE_OF_ORIGIN";

	private final JdbcClient jdbc;

	private final boolean postgres;

	SearchQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
	}

	/** A hit: a lot as listed on one corridor. */
	record Hit(UUID lot, UUID corridor) {
	}

	/**
	 * What to search for, in database terms. {@code priceRanges} is null without a price
	 * filter; {@code priceFactors} (buyer minor units per seller minor unit, by seller
	 * currency) order by price in the buyer's currency; {@code currencies} are all seller
	 * currencies of the read model, with or without a factor.
	 */
	record Filter(List<UUID> corridors, List<String> tokens, @Nullable String category, @Nullable String originCountry,
			@Nullable String regionKey, @Nullable String process, @Nullable List<SearchPriceBounds.Range> priceRanges,
			@Nullable LocalDate certifiedOn, SearchSort sort, Map<String, BigDecimal> priceFactors,
			List<String> currencies) {
	}

	List<String> currencies() {
		return jdbc.sql("SELECT currency FROM catalog_search_currency ORDER BY currency").query(String.class).list();
	}

	/**
	 * One page of hits and the total. Searches with words go through the text index and
	 * must look at every match anyway (to rank and to count), so one query does both.
	 * Searches without words are served in index order (see {@link #browse}) and counted
	 * separately, on indexes only, and only when the page does not tell the total itself.
	 */
	PageOf<Hit> search(Filter filter, PageOf.PageRequest page) {
		if (filter.tokens().isEmpty() && indexOrdered(filter)) {
			return browse(filter, page);
		}
		return matchAndCount(filter, page);
	}

	/**
	 * Orders that the per-corridor (and per-currency) indexes give directly, so a page
	 * reads only its own rows.
	 */
	private static boolean indexOrdered(Filter filter) {
		// Only a positive factor keeps the seller price order; FX rates are positive,
		// this only guards the assumption.
		return filter.priceFactors().values().stream().allMatch(f -> f.signum() > 0);
	}

	/**
	 * All matches in one pass: {@code COUNT(*) OVER ()} counts them before the page is
	 * cut, and the subquery keeps the wide text columns out of what is counted and sorted
	 * (OFFSET 0 stops PostgreSQL from merging it back).
	 */
	private PageOf<Hit> matchAndCount(Filter filter, PageOf.PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params, true);
		params.put("corridors", filter.corridors());
		params.put("limit", page.size());
		params.put("offset", page.offset());
		long[] total = { -1 };
		List<Hit> hits = jdbc
			.sql("SELECT m.lot_id, m.corridor_id, COUNT(*) OVER () AS total FROM (SELECT s.lot_id, s.corridor_id, "
					+ sortKeys(filter, params) + " FROM catalog_search s WHERE s.corridor_id IN (:corridors) AND "
					+ where + " OFFSET 0) m ORDER BY " + order(filter) + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> {
				total[0] = rs.getLong("total");
				return new Hit(rs.getObject("lot_id", UUID.class), rs.getObject("corridor_id", UUID.class));
			})
			.list();
		if (total[0] >= 0) {
			return PageOf.of(hits, page, total[0]);
		}
		// No row on this page: either nothing matches, or the page lies beyond the last
		// one and only a count can tell.
		return PageOf.of(hits, page, page.offset() == 0 ? 0 : count(filter));
	}

	/**
	 * A search without words, in index order: one branch per corridor (and, sorted by
	 * price, per seller currency), each reading at most {@code offset + size} rows in the
	 * order of its index, merged and cut to the page. Within a seller currency the price
	 * in the buyer's currency is the seller price times one positive factor, so each
	 * branch is already in the final order and the page is among the first rows of the
	 * branches: a k-way merge done by the database. The total is counted only when the
	 * page is full or empty: a short page ends the list, so it tells.
	 */
	private PageOf<Hit> browse(Filter filter, PageOf.PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		boolean byPrice = filter.sort() == SearchSort.PRICE_ASC || filter.sort() == SearchSort.PRICE_DESC;
		String common = where(filter, params, !byPrice);
		List<String> branches = new ArrayList<>();
		for (int c = 0; c < filter.corridors().size(); c++) {
			params.put("c" + c, filter.corridors().get(c));
			String corridor = "s.corridor_id = :c" + c + " AND " + common;
			if (byPrice) {
				priceBranches(filter, params, corridor, branches);
			}
			else {
				branches.add(branch(sortKeys(filter, params), corridor, branchOrder(filter)));
			}
		}
		if (branches.isEmpty()) {
			return PageOf.of(List.of(), page, 0);
		}
		params.put("window", page.offset() + page.size());
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Hit> hits = jdbc
			.sql("SELECT m.lot_id, m.corridor_id FROM (" + String.join(" UNION ALL ", branches) + ") m ORDER BY "
					+ order(filter) + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> new Hit(rs.getObject("lot_id", UUID.class), rs.getObject("corridor_id", UUID.class)))
			.list();
		if (hits.size() < page.size() && (!hits.isEmpty() || page.offset() == 0)) {
			return PageOf.of(hits, page, page.offset() + hits.size());
		}
		return PageOf.of(hits, page, count(filter));
	}

	/**
	 * Price order: a branch per seller currency. With a price filter only the currencies
	 * with a (non-empty) range of seller prices take part; without one, currencies
	 * without a rate to the buyer's come last (no converted price), ordered by lot like
	 * everything else that ties. Every row's currency is in catalog_search_currency (a
	 * foreign key), so the branches miss nothing.
	 */
	private static void priceBranches(Filter filter, Map<String, Object> params, String corridor,
			List<String> branches) {
		String priceOrder = branchOrder(filter);
		if (filter.priceRanges() != null) {
			for (SearchPriceBounds.Range range : filter.priceRanges()) {
				if (!range.isEmpty()) {
					int b = branches.size();
					params.put("bc" + b, range.currency().value());
					params.put("blo" + b, range.min());
					params.put("bhi" + b, range.max());
					branches.add(branch(times(filter.priceFactors().get(range.currency().value())) + " AS price_key",
							corridor + " AND s.currency = :bc" + b + " AND s.price_minor BETWEEN :blo" + b + " AND :bhi"
									+ b,
							priceOrder));
				}
			}
			return;
		}
		for (String currency : filter.currencies()) {
			int b = branches.size();
			params.put("bc" + b, currency);
			BigDecimal factor = filter.priceFactors().get(currency);
			if (factor != null) {
				branches
					.add(branch(times(factor) + " AS price_key", corridor + " AND s.currency = :bc" + b, priceOrder));
			}
			else {
				branches.add(branch("CAST(NULL AS NUMERIC) AS price_key", corridor + " AND s.currency = :bc" + b,
						"s.corridor_id, s.lot_id"));
			}
		}
	}

	private static String branch(String keys, String where, String order) {
		return "(SELECT s.lot_id, s.corridor_id, " + keys + " FROM catalog_search s WHERE " + where + " ORDER BY "
				+ order + " LIMIT :window)";
	}

	private long count(Filter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params, true);
		params.put("corridors", filter.corridors());
		return jdbc.sql("SELECT COUNT(*) FROM catalog_search s WHERE s.corridor_id IN (:corridors) AND " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * Every condition but the corridor's; the price ranges only {@code withPrices} (price
	 * branches bring their own).
	 */
	private String where(Filter filter, Map<String, Object> params, boolean withPrices) {
		List<String> clauses = new ArrayList<>();
		if (!filter.tokens().isEmpty()) {
			if (postgres) {
				clauses.add("s.search_vector @@ to_tsquery('simple', :tsquery)");
				params.put("tsquery", tsquery(filter.tokens()));
			}
			else {
				for (int i = 0; i < filter.tokens().size(); i++) {
					clauses.add("(s.name_tokens LIKE :t" + i + " OR s.body_tokens LIKE :t" + i + ")");
					params.put("t" + i, "% " + filter.tokens().get(i) + "%");
				}
			}
		}
		add(clauses, params, "s.category = :category", "category", filter.category());
		add(clauses, params, "s.origin_country = :origin", "origin", filter.originCountry());
		add(clauses, params, "s.region_key = :region", "region", filter.regionKey());
		add(clauses, params, "s.process = :process", "process", filter.process());
		if (withPrices && filter.priceRanges() != null) {
			List<String> ranges = new ArrayList<>();
			int i = 0;
			for (SearchPriceBounds.Range range : filter.priceRanges()) {
				if (!range.isEmpty()) {
					ranges.add("(s.currency = :pc" + i + " AND s.price_minor BETWEEN :plo" + i + " AND :phi" + i + ")");
					params.put("pc" + i, range.currency().value());
					params.put("plo" + i, range.min());
					params.put("phi" + i, range.max());
					i++;
				}
			}
			clauses.add(ranges.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", ranges) + ")");
		}
		if (filter.certifiedOn() != null) {
			clauses.add("""
					EXISTS (SELECT 1 FROM catalog_lot_document d WHERE d.kind = :certificate AND d.lot_id = s.lot_id
					  AND d.issued_on <= :today AND (d.expires_on IS NULL OR d.expires_on > :today))""");
			params.put("certificate", CERTIFICATE);
			params.put("today", filter.certifiedOn());
		}
		return clauses.isEmpty() ? "1 = 1" : String.join(" AND ", clauses);
	}

	/**
	 * The keys a row carries out of {@code catalog_search} for {@link #order}, named as
	 * it expects them.
	 */
	private String sortKeys(Filter filter, Map<String, Object> params) {
		switch (filter.sort()) {
			case PRICE_ASC:
			case PRICE_DESC:
				return priceInBuyerCurrency(filter, params) + " AS price_key";
			case CUP_SCORE:
				return "s.cup_score, s.listed_at";
			case RELEVANCE:
				return filter.tokens().isEmpty() ? "s.listed_at" : relevance(filter) + " AS rank, s.listed_at";
			case NEWEST:
			default:
				return "s.listed_at";
		}
	}

	/**
	 * The final order over the keys of {@link #sortKeys}. Ties end with lot and corridor:
	 * every order is total.
	 */
	private static String order(Filter filter) {
		String tieBreak = "m.lot_id, m.corridor_id";
		switch (filter.sort()) {
			case PRICE_ASC:
				return "m.price_key ASC NULLS LAST, " + tieBreak;
			case PRICE_DESC:
				return "m.price_key DESC NULLS LAST, " + tieBreak;
			case CUP_SCORE:
				return "m.cup_score DESC NULLS LAST, m.listed_at DESC, " + tieBreak;
			case RELEVANCE:
				return filter.tokens().isEmpty() ? "m.listed_at DESC, " + tieBreak
						: "m.rank DESC, m.listed_at DESC, " + tieBreak;
			case NEWEST:
			default:
				return "m.listed_at DESC, " + tieBreak;
		}
	}

	/**
	 * {@link #order} inside one corridor (and seller currency, for price), for searches
	 * without words: exactly the columns of a catalog_search_*_order index, so the
	 * database reads a branch from its index and stops after the window. The leading
	 * corridor (and currency) are fixed in a branch and change nothing; H2 needs them to
	 * see that the index gives the order (PostgreSQL sees it either way).
	 */
	private static String branchOrder(Filter filter) {
		switch (filter.sort()) {
			case PRICE_ASC:
				return "s.corridor_id, s.currency, s.price_minor, s.lot_id";
			case PRICE_DESC:
				return "s.corridor_id, s.currency, s.price_minor DESC, s.lot_id";
			case CUP_SCORE:
				return "s.corridor_id, s.cup_score DESC NULLS LAST, s.listed_at DESC, s.lot_id";
			case RELEVANCE:
			case NEWEST:
			default:
				return "s.corridor_id, s.listed_at DESC, s.lot_id";
		}
	}

	/**
	 * Names weigh more than descriptions: ts_rank with weights A and B, or on H2 the
	 * number of tokens found in a name.
	 */
	private String relevance(Filter filter) {
		if (postgres) {
			return "ts_rank(s.search_vector, to_tsquery('simple', :tsquery))";
		}
		List<String> terms = new ArrayList<>();
		for (int i = 0; i < filter.tokens().size(); i++) {
			terms.add("CASE WHEN s.name_tokens LIKE :t" + i + " THEN 1 ELSE 0 END");
		}
		return "(" + String.join(" + ", terms) + ")";
	}

	/**
	 * Seller price times buyer minor units per seller minor unit: the exact order of the
	 * converted prices.
	 */
	private static String priceInBuyerCurrency(Filter filter, Map<String, Object> params) {
		if (filter.priceFactors().isEmpty()) {
			return "CAST(NULL AS NUMERIC)";
		}
		StringBuilder sql = new StringBuilder("CASE s.currency");
		int i = 0;
		for (Map.Entry<String, BigDecimal> factor : filter.priceFactors().entrySet()) {
			sql.append(" WHEN :fc").append(i).append(" THEN ").append(times(factor.getValue()));
			params.put("fc" + i, factor.getKey());
			i++;
		}
		return sql.append(" END").toString();
	}

	/**
	 * The seller price times a factor written as a literal, not a parameter: the product
	 * is carried out of a subquery, and H2 types such a column before it sees the
	 * parameter (a factor of 1 made every product an integer). A literal has its exact
	 * precision and scale on both engines; it is a BigDecimal we computed, so nothing
	 * needs quoting.
	 */
	private static String times(BigDecimal factor) {
		return "s.price_minor * " + factor.toPlainString();
	}

	private static void add(List<String> clauses, Map<String, Object> params, String clause, String name,
			@Nullable String value) {
		if (value != null) {
			clauses.add(clause);
			params.put(name, value);
		}
	}

	/**
	 * Every token required, each as a prefix. Tokens hold only letters and digits, so
	 * nothing needs quoting.
	 */
	static String tsquery(List<String> tokens) {
		return tokens.stream().map(t -> t + ":*").collect(Collectors.joining(" & "));
	}

	// ---- the rows of one page, completed from the catalog tables

	/**
	 * What a result card shows about a lot, read live (availability changes with every
	 * reservation), and whether it carries a certificate of origin valid on the day
	 * asked.
	 */
	record Card(UUID lot, UUID product, String category, String unitOfSale, int available, int minOrderQuantity,
			long priceMinor, String currency, String originCountry, String region, String producer,
			@Nullable String process, @Nullable BigDecimal cupScore, boolean certified, String reference) {
	}

	Map<UUID, Card> cards(List<UUID> lots, LocalDate day) {
		Map<UUID, Card> cards = new HashMap<>();
		if (lots.isEmpty()) {
			return cards;
		}
		jdbc.sql(
				"""
						SELECT l.id, l.reference, l.product_id, p.category, p.unit_of_sale, l.available, l.min_order_quantity, l.price_minor, l.currency,
						  l.origin_country, l.origin_region, l.producer_name, l.process, l.cup_score,
						  CASE WHEN EXISTS (SELECT 1 FROM catalog_lot_document d WHERE d.kind = :certificate AND d.lot_id = l.id
						    AND d.issued_on <= :today AND (d.expires_on IS NULL OR d.expires_on > :today)) THEN TRUE ELSE FALSE END AS certified
						FROM catalog_lot l JOIN catalog_product p ON p.id = l.product_id WHERE l.id IN (:lots)""")
			.param("lots", lots)
			.param("certificate", CERTIFICATE)
			.param("today", day)
			.query(rs -> {
				BigDecimal cup = rs.getBigDecimal("cup_score");
				UUID id = rs.getObject("id", UUID.class);
				cards.put(id,
						new Card(id, rs.getObject("product_id", UUID.class), rs.getString("category"),
								rs.getString("unit_of_sale"), rs.getInt("available"), rs.getInt("min_order_quantity"),
								rs.getLong("price_minor"), rs.getString("currency"), rs.getString("origin_country"),
								rs.getString("origin_region"), rs.getString("producer_name"), rs.getString("process"),
								cup == null ? null : cup.stripTrailingZeros(), rs.getBoolean("certified"),
								rs.getString("reference")));
			});
		return cards;
	}

	/** Texts by product and language. */
	Map<UUID, Map<String, ProductText>> texts(Set<UUID> products) {
		Map<UUID, Map<String, ProductText>> texts = new HashMap<>();
		if (products.isEmpty()) {
			return texts;
		}
		jdbc.sql(
				"SELECT product_id, language, name, description, unit_of_sale FROM catalog_product_text WHERE product_id IN (:products)")
			.param("products", products)
			.query(rs -> {
				texts.computeIfAbsent(rs.getObject("product_id", UUID.class), p -> new LinkedHashMap<>())
					.put(rs.getString("language"), new ProductText(rs.getString("language"), rs.getString("name"),
							rs.getString("description"), rs.getString("unit_of_sale")));
			});
		return texts;
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database the storefront runs on", e);
		}
	}

}
