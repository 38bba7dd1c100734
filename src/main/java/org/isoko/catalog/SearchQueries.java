package org.isoko.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * The storefront's SQL. Matching, filtering, sorting and counting read only {@code catalog_search}; the rows of the
 * page shown are then completed from the catalog tables (live availability, texts, certificates). On PostgreSQL the
 * text matches through the GIN-indexed {@code search_vector} and ranks with {@code ts_rank}; on H2 it is the same
 * token-prefix match written with LIKE.
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
	 * What to search for, in database terms. {@code priceRanges} is null without a price filter; {@code priceFactors}
	 * (buyer minor units per seller minor unit, by seller currency) order by price in the buyer's currency.
	 */
	record Filter(List<UUID> corridors, List<String> tokens, @Nullable String category, @Nullable String originCountry,
			@Nullable String regionKey, @Nullable String process, @Nullable List<SearchPriceBounds.Range> priceRanges,
			@Nullable LocalDate certifiedOn, SearchSort sort, Map<String, BigDecimal> priceFactors) {
	}

	List<String> currencies() {
		return jdbc.sql("SELECT currency FROM catalog_search_currency ORDER BY currency").query(String.class).list();
	}

	PageOf<Hit> search(Filter filter, PageOf.PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM catalog_search s WHERE " + where).params(params).query(Long.class).single();
		if (total <= page.offset()) {
			return PageOf.of(List.of(), page, total);
		}
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Hit> hits = jdbc.sql("SELECT s.lot_id, s.corridor_id FROM catalog_search s WHERE " + where + " ORDER BY " + orderBy(filter, params)
				+ " LIMIT :limit OFFSET :offset").params(params)
				.query((rs, row) -> new Hit(rs.getObject("lot_id", UUID.class), rs.getObject("corridor_id", UUID.class))).list();
		return PageOf.of(hits, page, total);
	}

	private String where(Filter filter, Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		clauses.add("s.corridor_id IN (:corridors)");
		params.put("corridors", filter.corridors());
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
		if (filter.priceRanges() != null) {
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
		return String.join(" AND ", clauses);
	}

	private String orderBy(Filter filter, Map<String, Object> params) {
		String tieBreak = "s.lot_id, s.corridor_id";
		switch (filter.sort()) {
			case PRICE_ASC:
				return priceInBuyerCurrency(filter, params) + " ASC NULLS LAST, " + tieBreak;
			case PRICE_DESC:
				return priceInBuyerCurrency(filter, params) + " DESC NULLS LAST, " + tieBreak;
			case CUP_SCORE:
				return "s.cup_score DESC NULLS LAST, s.listed_at DESC, " + tieBreak;
			case RELEVANCE:
				if (!filter.tokens().isEmpty()) {
					return relevance(filter) + " DESC, s.listed_at DESC, " + tieBreak;
				}
				return "s.listed_at DESC, " + tieBreak;
			case NEWEST:
			default:
				return "s.listed_at DESC, " + tieBreak;
		}
	}

	/** Names weigh more than descriptions: ts_rank with weights A and B, or on H2 the number of tokens found in a name. */
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

	/** Seller price times buyer minor units per seller minor unit: the exact order of the converted prices. */
	private static String priceInBuyerCurrency(Filter filter, Map<String, Object> params) {
		if (filter.priceFactors().isEmpty()) {
			return "CAST(NULL AS NUMERIC)";
		}
		StringBuilder sql = new StringBuilder("CASE s.currency");
		int i = 0;
		for (Map.Entry<String, BigDecimal> factor : filter.priceFactors().entrySet()) {
			sql.append(" WHEN :fc").append(i).append(" THEN s.price_minor * :ff").append(i);
			params.put("fc" + i, factor.getKey());
			params.put("ff" + i, factor.getValue());
			i++;
		}
		return sql.append(" END").toString();
	}

	private static void add(List<String> clauses, Map<String, Object> params, String clause, String name, @Nullable String value) {
		if (value != null) {
			clauses.add(clause);
			params.put(name, value);
		}
	}

	/** Every token required, each as a prefix. Tokens hold only letters and digits, so nothing needs quoting. */
	static String tsquery(List<String> tokens) {
		return tokens.stream().map(t -> t + ":*").collect(Collectors.joining(" & "));
	}

	// ---- the rows of one page, completed from the catalog tables

	/** What a result card shows about a lot, read live (availability changes with every reservation). */
	record Card(UUID lot, UUID product, String category, String unitOfSale, int available, int minOrderQuantity, long priceMinor,
			String currency, String originCountry, String region, String producer, @Nullable String process, @Nullable BigDecimal cupScore) {
	}

	Map<UUID, Card> cards(List<UUID> lots) {
		Map<UUID, Card> cards = new HashMap<>();
		if (lots.isEmpty()) {
			return cards;
		}
		jdbc.sql("""
				SELECT l.id, l.product_id, p.category, p.unit_of_sale, l.available, l.min_order_quantity, l.price_minor, l.currency,
				  l.origin_country, l.origin_region, l.producer_name, l.process, l.cup_score
				FROM catalog_lot l JOIN catalog_product p ON p.id = l.product_id WHERE l.id IN (:lots)""").param("lots", lots)
				.query(rs -> {
					BigDecimal cup = rs.getBigDecimal("cup_score");
					UUID id = rs.getObject("id", UUID.class);
					cards.put(id, new Card(id, rs.getObject("product_id", UUID.class), rs.getString("category"), rs.getString("unit_of_sale"),
							rs.getInt("available"), rs.getInt("min_order_quantity"), rs.getLong("price_minor"), rs.getString("currency"),
							rs.getString("origin_country"), rs.getString("origin_region"), rs.getString("producer_name"), rs.getString("process"),
							cup == null ? null : cup.stripTrailingZeros()));
				});
		return cards;
	}

	/** Texts by product and language. */
	Map<UUID, Map<String, ProductText>> texts(Set<UUID> products) {
		Map<UUID, Map<String, ProductText>> texts = new HashMap<>();
		if (products.isEmpty()) {
			return texts;
		}
		jdbc.sql("SELECT product_id, language, name, description FROM catalog_product_text WHERE product_id IN (:products)")
				.param("products", products).query(rs -> {
					texts.computeIfAbsent(rs.getObject("product_id", UUID.class), p -> new LinkedHashMap<>()).put(rs.getString("language"),
							new ProductText(rs.getString("language"), rs.getString("name"), rs.getString("description")));
				});
		return texts;
	}

	/** The lots among {@code lots} that carry a certificate of origin valid on {@code day}. */
	Set<UUID> certified(List<UUID> lots, LocalDate day) {
		if (lots.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT lot_id FROM catalog_lot_document WHERE kind = :certificate AND lot_id IN (:lots)
				  AND issued_on <= :today AND (expires_on IS NULL OR expires_on > :today)""")
				.param("certificate", CERTIFICATE).param("lots", lots).param("today", day).query(UUID.class).list());
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
