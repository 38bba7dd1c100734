package org.isoko.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the storefront read model ({@code catalog_search}) in step with the catalog. The
 * listeners run synchronously, inside the transaction of the change, so a buyer never
 * sees a paused lot or an old price, and a change that rolls back leaves the read model
 * untouched. Every refresh rebuilds all rows of a lot from the catalog tables: simple,
 * and a lot has only a handful of listings.
 */
@Component
class SearchIndex {

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(LotListed event) {
		refresh(event.lot());
	}

	@EventListener
	void on(ListingPaused event) {
		refresh(event.lot());
	}

	@EventListener
	void on(LotRepriced event) {
		refresh(event.lot());
	}

	@EventListener
	void on(ProductTextSaved event) {
		jdbc.sql("SELECT id FROM catalog_lot WHERE product_id = :product")
			.param("product", event.product().value())
			.query(UUID.class)
			.list()
			.forEach(lot -> refresh(new LotId(lot)));
	}

	/** The row of one listed lot on one corridor, as stored. */
	record Row(UUID lot, UUID corridor, UUID product, String category, @Nullable String process, String originCountry,
			String regionKey, long priceMinor, String currency, @Nullable BigDecimal cupScore, OffsetDateTime listedAt,
			String nameTokens, String bodyTokens) {
	}

	/** Rebuilds the rows of one lot: one per corridor it is listed (not paused) on. */
	@Transactional
	void refresh(LotId lot) {
		jdbc.sql("DELETE FROM catalog_search WHERE lot_id = :lot").param("lot", lot.value()).update();
		List<Row> rows = rowsOf(lot);
		rows.forEach(this::insert);
	}

	/**
	 * Repairs rows written outside the catalog's commands (e.g. data loaded with SQL):
	 * adds missing rows, drops rows of listings no longer listed and rebuilds rows whose
	 * price differs from the lot. Returns how many lots it touched.
	 */
	@Transactional
	int reconcile() {
		List<UUID> lots = jdbc
			.sql("""
					SELECT l.lot_id FROM catalog_listing l WHERE l.status = 'LISTED'
					  AND NOT EXISTS (SELECT 1 FROM catalog_search s WHERE s.lot_id = l.lot_id AND s.corridor_id = l.corridor_id)
					UNION
					SELECT s.lot_id FROM catalog_search s WHERE NOT EXISTS (SELECT 1 FROM catalog_listing l
					  WHERE l.lot_id = s.lot_id AND l.corridor_id = s.corridor_id AND l.status = 'LISTED')
					UNION
					SELECT s.lot_id FROM catalog_search s JOIN catalog_lot l ON l.id = s.lot_id
					WHERE s.price_minor <> l.price_minor OR s.currency <> l.currency""")
			.query(UUID.class)
			.list();
		lots.forEach(lot -> refresh(new LotId(lot)));
		return lots.size();
	}

	private List<Row> rowsOf(LotId lot) {
		List<Row> rows = new ArrayList<>();
		jdbc.sql(
				"""
						SELECT l.id, l.product_id, p.category, l.process, l.origin_country, l.origin_region, l.producer_name, l.price_minor,
						  l.currency, l.cup_score, l.grade, s.corridor_id, s.listed_at
						FROM catalog_lot l JOIN catalog_product p ON p.id = l.product_id JOIN catalog_listing s ON s.lot_id = l.id
						WHERE l.id = :lot AND s.status = 'LISTED'""")
			.param("lot", lot.value())
			.query(rs -> {
				UUID product = rs.getObject("product_id", UUID.class);
				List<String> names = new ArrayList<>();
				List<@Nullable String> body = new ArrayList<>();
				texts(product, names, body);
				body.add(rs.getString("origin_region"));
				body.add(rs.getString("producer_name"));
				body.add(rs.getString("grade"));
				rows.add(new Row(rs.getObject("id", UUID.class), rs.getObject("corridor_id", UUID.class), product,
						rs.getString("category"), rs.getString("process"), rs.getString("origin_country"),
						regionKey(rs.getString("origin_region")), rs.getLong("price_minor"), rs.getString("currency"),
						rs.getBigDecimal("cup_score"), rs.getObject("listed_at", OffsetDateTime.class),
						SearchText.document(new ArrayList<>(names)), SearchText.document(body)));
			});
		return rows;
	}

	private void texts(UUID product, List<String> names, List<@Nullable String> body) {
		jdbc.sql("SELECT name, description FROM catalog_product_text WHERE product_id = :product ORDER BY language")
			.param("product", product)
			.query(rs -> {
				names.add(rs.getString("name"));
				body.add(rs.getString("description"));
			});
	}

	void insert(Row row) {
		// First: catalog_search.currency references catalog_search_currency.
		rememberCurrency(row.currency());
		jdbc.sql(
				"""
						INSERT INTO catalog_search (lot_id, corridor_id, product_id, category, process, origin_country, region_key, price_minor,
						  currency, cup_score, listed_at, name_tokens, body_tokens)
						VALUES (:lot, :corridor, :product, :category, :process, :origin, :region, :price, :currency, :cup, :listed, :names, :body)""")
			.param("lot", row.lot())
			.param("corridor", row.corridor())
			.param("product", row.product())
			.param("category", row.category())
			.param("process", row.process())
			.param("origin", row.originCountry())
			.param("region", row.regionKey())
			.param("price", row.priceMinor())
			.param("currency", row.currency())
			.param("cup", row.cupScore())
			.param("listed", row.listedAt())
			.param("names", row.nameTokens())
			.param("body", row.bodyTokens())
			.update();
	}

	void rememberCurrency(String currency) {
		jdbc.sql(
				"INSERT INTO catalog_search_currency (currency) SELECT :c WHERE NOT EXISTS (SELECT 1 FROM catalog_search_currency WHERE currency = :c)")
			.param("c", currency)
			.update();
	}

	/** Regions are filtered case- and accent-insensitively: "huye" finds "Huye". */
	static String regionKey(String region) {
		return SearchText.normalise(region.trim());
	}

}
