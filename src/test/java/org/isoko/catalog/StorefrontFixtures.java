package org.isoko.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isoko.identity.CurrentUser;
import org.isoko.identity.UserDirectory;
import org.isoko.network.CorridorId;
import org.isoko.network.Network;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lots for storefront tests, created through the seller commands
 * ({@link CatalogManagement}) as the demo cooperative, so the read model is maintained
 * the way it is in production. Every text carries the marker word {@value #MARKER}, and
 * tests search with it, so that other demo data never changes what they see. Idempotent
 * per database.
 * <ul>
 * <li>HUYE: green coffee, en + zh, Huye, fully washed, cup 87.5, 300,000 RWF, valid
 * certificate of origin; to CN</li>
 * <li>NYAMASHEKE: green coffee, English only, natural, cup 85, 250,000 RWF, no
 * certificate; to CN</li>
 * <li>RUKERI: tea, en + fr, Nyaruguru, 5,000 RWF, expired certificate of origin; to
 * CN</li>
 * <li>ROAST: roasted coffee, Kigali, 12,000 RWF, sold out (all units withdrawn); to
 * CN</li>
 * <li>GAKENKE: green coffee, honey, 200,000 RWF; to KE only</li>
 * <li>PAUSED: listed to CN, then paused</li>
 * <li>UNLISTED: never listed</li>
 * </ul>
 */
final class StorefrontFixtures {

	static final String MARKER = "sfxmark";
	static final String SELLER = "seller.coop@isoko.demo";

	final LotId huye;

	final LotId nyamasheke;

	final LotId rukeri;

	final LotId roast;

	final LotId gakenke;

	final LotId paused;

	final LotId unlisted;

	final CorridorId toChina;

	final CorridorId toKenya;

	private StorefrontFixtures(Map<String, LotId> lots, CorridorId toChina, CorridorId toKenya) {
		this.huye = lots.get("SFX-HUYE");
		this.nyamasheke = lots.get("SFX-NYAMASHEKE");
		this.rukeri = lots.get("SFX-RUKERI");
		this.roast = lots.get("SFX-ROAST");
		this.gakenke = lots.get("SFX-GAKENKE");
		this.paused = lots.get("SFX-PAUSED");
		this.unlisted = lots.get("SFX-UNLISTED");
		this.toChina = toChina;
		this.toKenya = toKenya;
	}

	static synchronized StorefrontFixtures load(CatalogManagement catalog, SearchIndex index, Network network,
			UserDirectory users, JdbcClient jdbc, TransactionTemplate tx) {
		CorridorId toChina = network.corridor(HubCode.of("KGL"), HubCode.of("HGH")).orElseThrow().id();
		CorridorId toKenya = network.corridor(HubCode.of("KGL"), HubCode.of("NBO")).orElseThrow().id();
		if (lots(jdbc).isEmpty()) {
			tx.executeWithoutResult(status -> {
				create(catalog, users.findByEmail(SELLER).orElseThrow(), toChina, toKenya, jdbc);
				// Distinct listing times, so that "newest" has one right answer: Rukeri,
				// Nyamasheke, Huye, Roast.
				Map<String, LotId> lots = lots(jdbc);
				Instant now = Instant.now();
				String[] order = { "SFX-RUKERI", "SFX-NYAMASHEKE", "SFX-HUYE", "SFX-ROAST", "SFX-GAKENKE" };
				for (int i = 0; i < order.length; i++) {
					LotId lot = lots.get(order[i]);
					jdbc.sql("UPDATE catalog_listing SET listed_at = :at WHERE lot_id = :lot")
						.param("at", SqlTimes.utc(now.minus(Duration.ofDays(i + 1))))
						.param("lot", lot.value())
						.update();
					index.refresh(lot);
				}
			});
		}
		return new StorefrontFixtures(lots(jdbc), toChina, toKenya);
	}

	private static Map<String, LotId> lots(JdbcClient jdbc) {
		Map<String, LotId> lots = new LinkedHashMap<>();
		jdbc.sql("SELECT reference, id FROM catalog_lot WHERE reference LIKE 'SFX-%'").query(rs -> {
			lots.put(rs.getString("reference"), new LotId(rs.getObject("id", UUID.class)));
		});
		return lots;
	}

	private static void create(CatalogManagement catalog, CurrentUser seller, CorridorId toChina, CorridorId toKenya,
			JdbcClient jdbc) {
		LocalDate today = LocalDate.now();
		LotId huye = lot(catalog, seller, Category.GREEN_COFFEE, "SFX-HUYE", 300_000, 40, "Huye",
				"Huye Mountain Washing Station",
				new CoffeeAttributes(CoffeeProcess.FULLY_WASHED, "A1", new BigDecimal("87.5"), 1900),
				List.of(new ProductText("en", "Huye Mountain fully washed " + MARKER,
						"Bright citrus cup from the hills of Huye " + MARKER),
						new ProductText("zh", "胡耶山水洗咖啡 " + MARKER, "来自胡耶山区的明亮柑橘风味咖啡生豆 " + MARKER)));
		catalog.addDocument(seller, huye,
				new CatalogManagement.NewDocument(DocumentKind.CERTIFICATE_OF_ORIGIN, "RW-CO-2026-0101",
						"Rwanda Development Board", today.minusMonths(2), today.plusMonths(10),
						PreferenceScheme.CHINA_LDC, "WHOLLY_OBTAINED"));
		catalog.list(seller, huye, toChina);

		LotId nyamasheke = lot(catalog, seller, Category.GREEN_COFFEE, "SFX-NYAMASHEKE", 250_000, 25, "Nyamasheke",
				"Kivu Lake Farmers", new CoffeeAttributes(CoffeeProcess.NATURAL, null, new BigDecimal("85"), 1700),
				List.of(new ProductText("en", "Nyamasheke natural " + MARKER,
						"Berry and wine notes from Lake Kivu, shipped through Kigali " + MARKER)));
		catalog.list(seller, nyamasheke, toChina);

		LotId rukeri = lot(catalog, seller, Category.TEA, "SFX-RUKERI", 5_000, 500, "Nyaruguru", "Rukeri Tea Estate",
				CoffeeAttributes.NONE,
				List.of(new ProductText("en", "Rukeri black tea " + MARKER,
						"Orthodox black tea from Nyaruguru " + MARKER),
						new ProductText("fr", "Thé noir de Rukeri " + MARKER,
								"Thé noir orthodoxe de Nyaruguru " + MARKER)));
		// A certificate that has since expired: sellers cannot add one that is already
		// expired, so it goes in directly.
		jdbc.sql(
				"""
						INSERT INTO catalog_lot_document (id, lot_id, kind, number, issuer, issued_on, expires_on, scheme, origin_criterion)
						VALUES (:id, :lot, 'CERTIFICATE_OF_ORIGIN', 'RW-CO-2025-0042', 'Rwanda Development Board', :issued, :expires, 'CHINA_LDC',
						  'WHOLLY_OBTAINED')""")
			.param("id", java.util.UUID.randomUUID())
			.param("lot", rukeri.value())
			.param("issued", today.minusMonths(14))
			.param("expires", today.minusMonths(2))
			.update();
		catalog.list(seller, rukeri, toChina);

		LotId roast = lot(catalog, seller, Category.ROASTED_COFFEE, "SFX-ROAST", 12_000, 30, "Kigali",
				"Kigali Hills Roasters", CoffeeAttributes.NONE,
				List.of(new ProductText("en", "Kigali Hills roast " + MARKER, "Medium roast, 250 g " + MARKER)));
		catalog.list(seller, roast, toChina);
		catalog.withdraw(seller, roast, 30);

		LotId gakenke = lot(catalog, seller, Category.GREEN_COFFEE, "SFX-GAKENKE", 200_000, 10, "Gakenke",
				"Gakenke Farmers", new CoffeeAttributes(CoffeeProcess.HONEY, null, null, null),
				List.of(new ProductText("en", "Gakenke honey " + MARKER,
						"Honey process for Nairobi roasters " + MARKER)));
		catalog.list(seller, gakenke, toKenya);

		LotId paused = lot(catalog, seller, Category.GREEN_COFFEE, "SFX-PAUSED", 100_000, 10, "Rulindo",
				"Rulindo Farmers", CoffeeAttributes.NONE,
				List.of(new ProductText("en", "Rulindo paused " + MARKER, "Paused lot " + MARKER)));
		catalog.list(seller, paused, toChina);
		catalog.pause(seller, paused, toChina);

		lot(catalog, seller, Category.GREEN_COFFEE, "SFX-UNLISTED", 100_000, 10, "Musanze", "Musanze Farmers",
				CoffeeAttributes.NONE,
				List.of(new ProductText("en", "Musanze unlisted " + MARKER, "Never listed " + MARKER)));
	}

	private static LotId lot(CatalogManagement catalog, CurrentUser seller, Category category, String reference,
			long priceRwf, int quantity, String region, String producer, CoffeeAttributes coffee,
			List<ProductText> texts) {
		HsCode hs = HsCode
			.of(category == Category.TEA ? "0902.30" : category == Category.ROASTED_COFFEE ? "0901.21" : "0901.11");
		String unit = category == Category.GREEN_COFFEE ? "60 kg bag of green coffee"
				: category == Category.TEA ? "1 kg bag of tea" : "250 g pack of roasted coffee";
		long net = category == Category.GREEN_COFFEE ? 60_000 : category == Category.TEA ? 1_000 : 250;
		ProductId product = catalog.createProduct(seller,
				new CatalogManagement.NewProduct(category, hs, unit, net, net + 500, texts));
		return catalog.createLot(seller, product,
				new CatalogManagement.NewLot(
						reference, quantity, Money.ofMinor(priceRwf, "RWF"), 1, new Provenance(CountryCode.of("RW"),
								region, producer, ProducerKind.COOPERATIVE, LocalDate.now().minusMonths(5)),
						coffee, "Story of " + producer + " " + MARKER));
	}

}
