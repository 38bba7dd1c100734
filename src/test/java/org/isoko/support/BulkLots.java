package org.isoko.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Products, lots and listings inserted straight into the catalog tables, for the two
 * places that cannot or should not go through the catalog's seller commands: the
 * benchmarks, which seed a thousand lots of sellers that have no user, and a test whose
 * Isoko runs in another process (no beans to call). Every other test creates lots through
 * {@link LotFixtures}, as a seller would. The lots are the same as {@link LotFixtures}'
 * (same texts, references, weights and prices).
 */
public final class BulkLots {

	private BulkLots() {
	}

	/** As {@link LotFixtures#lot}. */
	public static LotFixtures.Lot lot(JdbcClient jdbc, String sellerOrganisation, String origin, String destination,
			int available, long priceRwf, int minOrderQuantity) {
		return lot(jdbc, sellerOrganisation, origin, destination, available, priceRwf, minOrderQuantity, null, 60_000,
				60_500, "60 kg bag of green coffee");
	}

	/** As {@link LotFixtures#smallBags}. */
	public static LotFixtures.Lot smallBags(JdbcClient jdbc, String sellerOrganisation, String origin,
			String destination, int available, long priceRwf, int minOrderQuantity) {
		return lot(jdbc, sellerOrganisation, origin, destination, available, priceRwf, minOrderQuantity, null, 1_000,
				1_050, "1 kg bag of green coffee");
	}

	/**
	 * Lists a lot on one more corridor (nothing happens when it is listed there already).
	 */
	public static void list(JdbcClient jdbc, UUID lot, String origin, String destination) {
		UUID corridor = corridor(jdbc, origin, destination);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		if (jdbc.sql("SELECT COUNT(*) FROM catalog_listing WHERE lot_id = :lot AND corridor_id = :corridor")
			.param("lot", lot)
			.param("corridor", corridor)
			.query(Long.class)
			.single() == 0) {
			jdbc.sql(
					"INSERT INTO catalog_listing (id, lot_id, corridor_id, status, listed_at, changed_at) VALUES (:id, :lot, :corridor, 'LISTED', :now, :now)")
				.param("id", UUID.randomUUID())
				.param("lot", lot)
				.param("corridor", corridor)
				.param("now", now)
				.update();
		}
	}

	private static LotFixtures.Lot lot(JdbcClient jdbc, String sellerOrganisation, String origin, String destination,
			int available, long priceRwf, int minOrderQuantity, String givenReference, long netGrams, long grossGrams,
			String unitOfSale) {
		UUID seller = jdbc.sql("SELECT id FROM identity_organisation WHERE name = :name")
			.param("name", sellerOrganisation)
			.query(UUID.class)
			.single();
		UUID corridor = corridor(jdbc, origin, destination);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID product = UUID.randomUUID();
		jdbc.sql(
				"""
						INSERT INTO catalog_product (id, seller_id, category, hs_code, unit_of_sale, net_weight_grams, gross_weight_grams, created_at, updated_at)
						VALUES (:id, :seller, 'GREEN_COFFEE', '090111', :unit, :net, :gross, :now, :now)""")
			.param("id", product)
			.param("seller", seller)
			.param("unit", unitOfSale)
			.param("net", netGrams)
			.param("gross", grossGrams)
			.param("now", now)
			.update();
		text(jdbc, product, "en", "Fully washed Bourbon, test lot");
		text(jdbc, product, "zh", "水洗波旁咖啡（测试批次）");
		UUID lot = UUID.randomUUID();
		String reference = givenReference != null ? givenReference
				: "TEST-" + lot.toString().substring(0, 8).toUpperCase();
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
		UUID listing = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO catalog_listing (id, lot_id, corridor_id, status, listed_at, changed_at)
				VALUES (:id, :lot, :corridor, 'LISTED', :now, :now)""")
			.param("id", listing)
			.param("lot", lot)
			.param("corridor", corridor)
			.param("now", now)
			.update();
		return new LotFixtures.Lot(lot, corridor, listing, seller, reference);
	}

	public static UUID corridor(JdbcClient jdbc, String origin, String destination) {
		return jdbc.sql("SELECT id FROM network_corridor WHERE origin_hub = :origin AND destination_hub = :destination")
			.param("origin", origin)
			.param("destination", destination)
			.query(UUID.class)
			.single();
	}

	public static int available(JdbcClient jdbc, UUID lot) {
		return jdbc.sql("SELECT available FROM catalog_lot WHERE id = :id")
			.param("id", lot)
			.query(Integer.class)
			.single();
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
