package org.isoko.support;

import java.util.UUID;

import org.isoko.catalog.CatalogBulkSeed;
import org.isoko.identity.IdentityBulkSeed;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Products, lots and listings seeded in bulk, for the two places that cannot or should
 * not go through the catalog's seller commands: the benchmarks, which seed a thousand
 * lots of sellers that have no user, and a test whose Isoko runs in another process (no
 * beans to call). The catalog's rows are written by the catalog's own test code
 * ({@link CatalogBulkSeed}); this class only finds the seller and the corridor. Every
 * other test creates lots through {@link LotFixtures}, as a seller would. The lots are
 * the same as {@link LotFixtures}' (same texts, references, weights and prices).
 */
public final class BulkLots {

	private static final CatalogBulkSeed.Bags SACKS = new CatalogBulkSeed.Bags("60 kg bag of green coffee", 60_000,
			60_500);

	private static final CatalogBulkSeed.Bags SMALL_BAGS = new CatalogBulkSeed.Bags("1 kg bag of green coffee", 1_000,
			1_050);

	private BulkLots() {
	}

	/** As {@link LotFixtures#lot}. */
	public static LotFixtures.Lot lot(JdbcClient jdbc, String sellerOrganisation, String origin, String destination,
			int available, long priceRwf, int minOrderQuantity) {
		return lot(jdbc, sellerOrganisation, origin, destination, SACKS, available, priceRwf, minOrderQuantity);
	}

	/** As {@link LotFixtures#smallBags}. */
	public static LotFixtures.Lot smallBags(JdbcClient jdbc, String sellerOrganisation, String origin,
			String destination, int available, long priceRwf, int minOrderQuantity) {
		return lot(jdbc, sellerOrganisation, origin, destination, SMALL_BAGS, available, priceRwf, minOrderQuantity);
	}

	/**
	 * Lists a lot on one more corridor (nothing happens when it is listed there already).
	 */
	public static void list(JdbcClient jdbc, UUID lot, String origin, String destination) {
		CatalogBulkSeed.list(jdbc, lot, corridor(jdbc, origin, destination));
	}

	public static UUID corridor(JdbcClient jdbc, String origin, String destination) {
		return jdbc.sql("SELECT id FROM network_corridor WHERE origin_hub = :origin AND destination_hub = :destination")
			.param("origin", origin)
			.param("destination", destination)
			.query(UUID.class)
			.single();
	}

	public static int available(JdbcClient jdbc, UUID lot) {
		return CatalogBulkSeed.available(jdbc, lot);
	}

	private static LotFixtures.Lot lot(JdbcClient jdbc, String sellerOrganisation, String origin, String destination,
			CatalogBulkSeed.Bags bags, int available, long priceRwf, int minOrderQuantity) {
		UUID seller = IdentityBulkSeed.organisationNamed(jdbc, sellerOrganisation);
		UUID corridor = corridor(jdbc, origin, destination);
		CatalogBulkSeed.Seeded seeded = CatalogBulkSeed.lot(jdbc, seller, corridor, bags, available, priceRwf,
				minOrderQuantity);
		return new LotFixtures.Lot(seeded.lot(), corridor, seeded.listing(), seller, seeded.reference());
	}

}
