package org.isoko.trade;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.catalog.PreferenceScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lots for the trade tests, written straight into the catalog's tables (the seller
 * helper's demo lots live on another branch): a product with its HS code and gross
 * weight, a lot with price and stock, its certificates of origin and its listings on demo
 * corridors.
 */
final class TradeFixtures {

	record Certificate(PreferenceScheme scheme, LocalDate issued, @Nullable LocalDate expires) {
	}

	private final JdbcClient jdbc;

	TradeFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID organisation(String name) {
		return jdbc.sql("SELECT id FROM identity_organisation WHERE name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	UUID corridor(String origin, String destination) {
		return jdbc.sql("SELECT id FROM network_corridor WHERE origin_hub = :o AND destination_hub = :d")
			.param("o", origin)
			.param("d", destination)
			.query(UUID.class)
			.single();
	}

	UUID coop() {
		return organisation("Abahuzamugambi Coffee Cooperative");
	}

	UUID roaster() {
		return organisation("Kigali Hills Roasters");
	}

	/** A lot listed on the given corridors ("KGL-HGH"), with the given certificates. */
	LotId lot(UUID seller, String hsCode, long priceMinor, String currency, long grossGrams, int available,
			List<String> corridors, Certificate... certificates) {
		UUID product = UUID.randomUUID();
		UUID lot = UUID.randomUUID();
		var now = Instant.parse("2026-11-01T08:00:00Z").atOffset(ZoneOffset.UTC);
		jdbc.sql(
				"""
						INSERT INTO catalog_product (id, seller_id, category, hs_code, unit_of_sale, net_weight_grams, gross_weight_grams, created_at, updated_at)
						VALUES (:id, :seller, 'GREEN_COFFEE', :hs, 'bag', :net, :gross, :now, :now)""")
			.param("id", product)
			.param("seller", seller)
			.param("hs", hsCode)
			.param("net", Math.max(1, grossGrams - 1000))
			.param("gross", grossGrams)
			.param("now", now)
			.update();
		jdbc.sql(
				"INSERT INTO catalog_product_text (product_id, language, name, description) VALUES (:id, 'en', :name, 'Test lot')")
			.param("id", product)
			.param("name", "Test product " + hsCode)
			.update();
		jdbc.sql(
				"""
						INSERT INTO catalog_lot (id, product_id, seller_id, reference, quantity_total, available, price_minor, currency, min_order_quantity,
						origin_country, origin_region, producer_name, producer_kind, created_at, updated_at)
						VALUES (:id, :product, :seller, :ref, :available, :available, :price, :currency, 1, 'RW', 'Huye', 'Test producer', 'COOPERATIVE', :now, :now)""")
			.param("id", lot)
			.param("product", product)
			.param("seller", seller)
			.param("ref", "T-" + lot)
			.param("available", available)
			.param("price", priceMinor)
			.param("currency", currency)
			.param("now", now)
			.update();
		for (Certificate certificate : certificates) {
			jdbc.sql(
					"""
							INSERT INTO catalog_lot_document (id, lot_id, kind, number, issuer, issued_on, expires_on, scheme, origin_criterion)
							VALUES (:id, :lot, 'CERTIFICATE_OF_ORIGIN', :number, 'Rwanda Electronic Single Window', :issued, :expires, :scheme, 'WHOLLY_OBTAINED')""")
				.param("id", UUID.randomUUID())
				.param("lot", lot)
				.param("number", "RW-CO-" + certificate.scheme() + "-" + certificate.issued())
				.param("issued", certificate.issued())
				.param("expires", certificate.expires())
				.param("scheme", certificate.scheme().name())
				.update();
		}
		for (String route : corridors) {
			String[] ends = route.split("-");
			jdbc.sql("""
					INSERT INTO catalog_listing (id, lot_id, corridor_id, status, listed_at, changed_at)
					VALUES (:id, :lot, :corridor, 'LISTED', :now, :now)""")
				.param("id", UUID.randomUUID())
				.param("lot", lot)
				.param("corridor", corridor(ends[0], ends[1]))
				.param("now", now)
				.update();
		}
		return new LotId(lot);
	}

	static Certificate valid(PreferenceScheme scheme) {
		return new Certificate(scheme, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 10, 1));
	}

	static Certificate expired(PreferenceScheme scheme) {
		return new Certificate(scheme, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
	}

}
