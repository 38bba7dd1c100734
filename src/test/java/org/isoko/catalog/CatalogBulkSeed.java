package org.isoko.catalog;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog's bulk seeding for tests of other modules, by SQL into the catalog's own
 * tables: green-coffee products, lots and listings, for the two places that cannot or
 * should not go through {@link CatalogManagement}: the benchmarks, which seed a thousand
 * lots of sellers that have no user, and a test whose Isoko runs in another process (no
 * beans to call). It lives in the catalog's test package so that the catalog's tables are
 * written only by the catalog's code (docs/module-shape.md, "Test fixtures");
 * {@code support.BulkLots} calls it. Like any data loaded with SQL, the lots are not in
 * the storefront's search rows until {@link SearchIndexReconciliation} runs at the next
 * start: they are ordered by id, never searched for.
 */
public final class CatalogBulkSeed {

	private CatalogBulkSeed() {
	}

	/**
	 * A green coffee of the given unit and weights, as {@code support.LotFixtures} sells.
	 */
	public record Bags(String unitOfSale, long netGrams, long grossGrams) {
	}

	/** What was seeded: the lot, its listing on the first corridor and its reference. */
	public record Seeded(UUID lot, UUID listing, String reference) {
	}

	/**
	 * A product of the seller organisation with its English and Chinese texts, and one
	 * lot of it from Huye (reference {@code TEST-...}), priced in RWF, listed on
	 * {@code corridor}.
	 */
	public static Seeded lot(JdbcClient jdbc, UUID seller, UUID corridor, Bags bags, int available, long priceRwf,
			int minOrderQuantity) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID product = UUID.randomUUID();
		jdbc.sql(
				"""
						INSERT INTO catalog_product (id, seller_id, category, hs_code, unit_of_sale, net_weight_grams, gross_weight_grams, created_at, updated_at)
						VALUES (:id, :seller, 'GREEN_COFFEE', '090111', :unit, :net, :gross, :now, :now)""")
			.param("id", product)
			.param("seller", seller)
			.param("unit", bags.unitOfSale())
			.param("net", bags.netGrams())
			.param("gross", bags.grossGrams())
			.param("now", now)
			.update();
		text(jdbc, product, "en", "Fully washed Bourbon, test lot");
		text(jdbc, product, "zh", "水洗波旁咖啡（测试批次）");
		UUID lot = UUID.randomUUID();
		String reference = "TEST-" + lot.toString().substring(0, 8).toUpperCase();
		jdbc.sql(
				"""
						INSERT INTO catalog_lot (id, product_id, seller_id, reference, quantity_total, available, price_minor, currency, min_order_quantity,
						  origin_country, origin_region, producer_name, producer_kind, created_at, updated_at)
						VALUES (:id, :product, :seller, :reference, :total, :available, :price, 'RWF', :moq, 'RW', 'Huye', 'Test washing station',
						  'WASHING_STATION', :now, :now)""")
			.param("id", lot)
			.param("product", product)
			.param("seller", seller)
			.param("reference", reference)
			.param("total", available)
			.param("available", available)
			.param("price", priceRwf)
			.param("moq", minOrderQuantity)
			.param("now", now)
			.update();
		return new Seeded(lot, insertListing(jdbc, lot, corridor, now), reference);
	}

	/**
	 * Lists a lot on one more corridor (nothing happens when it is listed there already).
	 */
	public static void list(JdbcClient jdbc, UUID lot, UUID corridor) {
		if (jdbc.sql("SELECT COUNT(*) FROM catalog_listing WHERE lot_id = :lot AND corridor_id = :corridor")
			.param("lot", lot)
			.param("corridor", corridor)
			.query(Long.class)
			.single() == 0) {
			insertListing(jdbc, lot, corridor, OffsetDateTime.now(ZoneOffset.UTC));
		}
	}

	/**
	 * Every seeded lot ({@code TEST-...}) full again, for a benchmark whose warm-up's
	 * orders were cancelled in bulk.
	 */
	public static void restockSeededLots(JdbcClient jdbc) {
		jdbc.sql("UPDATE catalog_lot SET available = quantity_total WHERE reference LIKE 'TEST-%'").update();
	}

	public static int available(JdbcClient jdbc, UUID lot) {
		return jdbc.sql("SELECT available FROM catalog_lot WHERE id = :id")
			.param("id", lot)
			.query(Integer.class)
			.single();
	}

	private static UUID insertListing(JdbcClient jdbc, UUID lot, UUID corridor, OffsetDateTime now) {
		UUID listing = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO catalog_listing (id, lot_id, corridor_id, status, listed_at, changed_at)
				VALUES (:id, :lot, :corridor, 'LISTED', :now, :now)""")
			.param("id", listing)
			.param("lot", lot)
			.param("corridor", corridor)
			.param("now", now)
			.update();
		return listing;
	}

	private static void text(JdbcClient jdbc, UUID product, String language, String name) {
		jdbc.sql(
				"INSERT INTO catalog_product_text (product_id, language, name, description) VALUES (:id, :lang, :name, :description)")
			.param("id", product)
			.param("lang", language)
			.param("name", name)
			.param("description", name + ", for tests")
			.update();
	}

}
