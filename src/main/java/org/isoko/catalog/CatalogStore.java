package org.isoko.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.network.CorridorId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HsCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.PageOf;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes products, lots, documents and listings. Stock changes live in
 * {@link CatalogStock}. Reads that assemble a lot from several statements run in one
 * read-only transaction, so the statements share one pooled connection (a nested query
 * outside a transaction would hold two per request and can drain the pool in a rush).
 */
@Repository
class CatalogStore implements Catalog {

	private final JdbcClient jdbc;

	CatalogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- products

	void insertProduct(Product product, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO catalog_product (id, seller_id, category, hs_code, unit_of_sale, net_weight_grams, gross_weight_grams, created_at, updated_at)
						VALUES (:id, :seller, :category, :hs, :unit, :net, :gross, :now, :now)""")
			.param("id", product.id().value())
			.param("seller", product.seller().value())
			.param("category", product.category().name())
			.param("hs", product.hsCode().value())
			.param("unit", product.unitOfSale())
			.param("net", product.netWeightGrams())
			.param("gross", product.grossWeightGrams())
			.param("now", SqlTimes.utc(now))
			.update();
		product.texts().values().forEach(text -> upsertText(product.id(), text));
	}

	void updateHsCode(ProductId product, HsCode hsCode, Instant now) {
		jdbc.sql("UPDATE catalog_product SET hs_code = :hs, updated_at = :now WHERE id = :id")
			.param("hs", hsCode.value())
			.param("now", SqlTimes.utc(now))
			.param("id", product.value())
			.update();
	}

	/** The corridors on which some lot of the product is listed (not paused). */
	List<CorridorId> corridorsListedOn(ProductId product) {
		return jdbc.sql("""
				SELECT DISTINCT s.corridor_id FROM catalog_listing s JOIN catalog_lot l ON l.id = s.lot_id
				WHERE l.product_id = :product AND s.status = 'LISTED'""")
			.param("product", product.value())
			.query(UUID.class)
			.list()
			.stream()
			.map(CorridorId::new)
			.toList();
	}

	void upsertText(ProductId product, ProductText text) {
		int updated = jdbc.sql(
				"UPDATE catalog_product_text SET name = :name, description = :description, unit_of_sale = :unit WHERE product_id = :id AND language = :lang")
			.param("name", text.name())
			.param("description", text.description())
			.param("unit", text.unitOfSale())
			.param("id", product.value())
			.param("lang", text.language())
			.update();
		if (updated == 0) {
			jdbc.sql(
					"INSERT INTO catalog_product_text (product_id, language, name, description, unit_of_sale) VALUES (:id, :lang, :name, :description, :unit)")
				.param("id", product.value())
				.param("lang", text.language())
				.param("name", text.name())
				.param("description", text.description())
				.param("unit", text.unitOfSale())
				.update();
		}
	}

	@Transactional(readOnly = true)
	Optional<Product> product(ProductId id) {
		return jdbc.sql("SELECT * FROM catalog_product WHERE id = :id")
			.param("id", id.value())
			.query(this::mapProduct)
			.optional();
	}

	@Transactional(readOnly = true)
	PageOf<Product> productsOf(OrganisationId seller, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM catalog_product WHERE seller_id = :seller")
			.param("seller", seller.value())
			.query(Long.class)
			.single();
		List<Product> rows = jdbc.sql(
				"SELECT * FROM catalog_product WHERE seller_id = :seller ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.param("seller", seller.value())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::mapProduct)
			.list();
		return PageOf.of(rows, page, total);
	}

	private Product mapProduct(ResultSet rs, int row) throws SQLException {
		ProductId id = new ProductId(rs.getObject("id", UUID.class));
		return new Product(id, new OrganisationId(rs.getObject("seller_id", UUID.class)),
				Category.valueOf(rs.getString("category")), new HsCode(rs.getString("hs_code")),
				rs.getString("unit_of_sale"), rs.getLong("net_weight_grams"), rs.getLong("gross_weight_grams"),
				texts(id));
	}

	private Map<String, ProductText> texts(ProductId product) {
		Map<String, ProductText> texts = new LinkedHashMap<>();
		jdbc.sql(
				"SELECT language, name, description, unit_of_sale FROM catalog_product_text WHERE product_id = :id ORDER BY language")
			.param("id", product.value())
			.query((rs, row) -> new ProductText(rs.getString("language"), rs.getString("name"),
					rs.getString("description"), rs.getString("unit_of_sale")))
			.list()
			.forEach(t -> texts.put(t.language(), t));
		return texts;
	}

	// ---- lots

	record LotRow(LotId id, ProductId product, OrganisationId seller, String reference, int quantityTotal,
			int available, Money unitPrice, int minOrderQuantity, Provenance provenance, CoffeeAttributes coffee,
			@Nullable String story, Map<String, String> storyTranslations) {
	}

	void insertLot(LotRow lot, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO catalog_lot (id, product_id, seller_id, reference, quantity_total, available, price_minor, currency, min_order_quantity,
						  origin_country, origin_region, producer_name, producer_kind, harvested_on, process, grade, cup_score, altitude_meters, story,
						  created_at, updated_at)
						VALUES (:id, :product, :seller, :reference, :total, :available, :price, :currency, :moq, :country, :region, :producer, :producerKind,
						  :harvested, :process, :grade, :cup, :altitude, :story, :now, :now)""")
			.param("id", lot.id().value())
			.param("product", lot.product().value())
			.param("seller", lot.seller().value())
			.param("reference", lot.reference())
			.param("total", lot.quantityTotal())
			.param("available", lot.available())
			.param("price", lot.unitPrice().minorUnits())
			.param("currency", lot.unitPrice().currency().value())
			.param("moq", lot.minOrderQuantity())
			.param("country", lot.provenance().country().value())
			.param("region", lot.provenance().region())
			.param("producer", lot.provenance().producerName())
			.param("producerKind", lot.provenance().producerKind().name())
			.param("harvested", lot.provenance().harvestedOn())
			.param("process", lot.coffee().process() == null ? null : lot.coffee().process().name())
			.param("grade", lot.coffee().grade())
			.param("cup", lot.coffee().cupScore())
			.param("altitude", lot.coffee().altitudeMeters())
			.param("story", lot.story())
			.param("now", SqlTimes.utc(now))
			.update();
		lot.storyTranslations()
			.forEach((language, story) -> jdbc
				.sql("INSERT INTO catalog_lot_story (lot_id, language, story) VALUES (:lot, :language, :story)")
				.param("lot", lot.id().value())
				.param("language", language)
				.param("story", story)
				.update());
	}

	/** A lot's story in the languages the seller translated it into. */
	Map<String, String> storyTranslations(LotId lot) {
		Map<String, String> stories = new LinkedHashMap<>();
		jdbc.sql("SELECT language, story FROM catalog_lot_story WHERE lot_id = :lot ORDER BY language")
			.param("lot", lot.value())
			.query(rs -> {
				stories.put(rs.getString("language"), rs.getString("story"));
			});
		return stories;
	}

	boolean referenceTaken(OrganisationId seller, String reference) {
		return jdbc.sql("SELECT COUNT(*) FROM catalog_lot WHERE seller_id = :seller AND reference = :reference")
			.param("seller", seller.value())
			.param("reference", reference)
			.query(Long.class)
			.single() > 0;
	}

	void updatePrice(LotId lot, Money price, Instant now) {
		jdbc.sql("UPDATE catalog_lot SET price_minor = :price, currency = :currency, updated_at = :now WHERE id = :id")
			.param("price", price.minorUnits())
			.param("currency", price.currency().value())
			.param("now", SqlTimes.utc(now))
			.param("id", lot.value())
			.update();
	}

	void insertDocument(LotId lot, LotDocument document) {
		jdbc.sql(
				"""
						INSERT INTO catalog_lot_document (id, lot_id, kind, number, issuer, issued_on, expires_on, scheme, origin_criterion)
						VALUES (:id, :lot, :kind, :number, :issuer, :issued, :expires, :scheme, :criterion)""")
			.param("id", document.id())
			.param("lot", lot.value())
			.param("kind", document.kind().name())
			.param("number", document.number())
			.param("issuer", document.issuer())
			.param("issued", document.issuedOn())
			.param("expires", document.expiresOn())
			.param("scheme", document.scheme() == null ? null : document.scheme().name())
			.param("criterion", document.originCriterion())
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LotDetails> lotByReference(String reference) {
		return jdbc.sql("""
				SELECT l.*, p.category, p.hs_code, p.unit_of_sale, p.net_weight_grams, p.gross_weight_grams
				FROM catalog_lot l JOIN catalog_product p ON p.id = l.product_id WHERE l.reference = :reference
				ORDER BY l.created_at LIMIT 1""").param("reference", reference).query(this::mapLot).optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LotDetails> lot(LotId id) {
		return jdbc.sql("""
				SELECT l.*, p.category, p.hs_code, p.unit_of_sale, p.net_weight_grams, p.gross_weight_grams
				FROM catalog_lot l JOIN catalog_product p ON p.id = l.product_id WHERE l.id = :id""")
			.param("id", id.value())
			.query(this::mapLot)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<LotId, LotDetails> lots(Collection<LotId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<UUID> keys = ids.stream().map(LotId::value).distinct().toList();
		// The lots with their product's texts in one query (a row per lot and language);
		// the story is left out, as no order or quote shows it.
		Map<UUID, LotDetails> bare = new LinkedHashMap<>();
		Map<UUID, Map<String, ProductText>> texts = new HashMap<>();
		jdbc.sql(
				"""
						SELECT l.id, l.product_id, l.seller_id, l.reference, l.quantity_total, l.available, l.price_minor, l.currency,
						  l.min_order_quantity, l.origin_country, l.origin_region, l.producer_name, l.producer_kind, l.harvested_on,
						  l.process, l.grade, l.cup_score, l.altitude_meters, CAST(NULL AS VARCHAR(1)) AS story,
						  p.category, p.hs_code, p.unit_of_sale, p.net_weight_grams, p.gross_weight_grams,
						  t.language AS text_language, t.name AS text_name, t.description AS text_description,
						  t.unit_of_sale AS text_unit_of_sale
						FROM catalog_lot l JOIN catalog_product p ON p.id = l.product_id
						  LEFT JOIN catalog_product_text t ON t.product_id = p.id
						WHERE l.id IN (:ids) ORDER BY t.language""")
			.param("ids", keys)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				if (!bare.containsKey(id)) {
					bare.put(id, mapLot(rs, Map.of(), Map.of(), List.of(), List.of()));
				}
				String language = rs.getString("text_language");
				if (language != null) {
					texts.computeIfAbsent(id, k -> new LinkedHashMap<>())
						.put(language, new ProductText(language, rs.getString("text_name"),
								rs.getString("text_description"), rs.getString("text_unit_of_sale")));
				}
			});
		if (bare.isEmpty()) {
			return Map.of();
		}
		// The children of all lots with one query each, as the lists of lots would be
		// read one query per lot.
		List<UUID> found = List.copyOf(bare.keySet());
		Map<UUID, List<LotDocument>> documents = new HashMap<>();
		jdbc.sql("SELECT * FROM catalog_lot_document WHERE lot_id IN (:ids) ORDER BY issued_on, id")
			.param("ids", found)
			.query(rs -> {
				documents.computeIfAbsent(rs.getObject("lot_id", UUID.class), k -> new ArrayList<>())
					.add(mapDocument(rs));
			});
		Map<UUID, List<Listing>> listings = new HashMap<>();
		jdbc.sql("SELECT * FROM catalog_listing WHERE lot_id IN (:ids) ORDER BY listed_at, id")
			.param("ids", found)
			.query(rs -> {
				listings.computeIfAbsent(rs.getObject("lot_id", UUID.class), k -> new ArrayList<>())
					.add(mapListing(rs, 0));
			});
		Map<LotId, LotDetails> lots = new LinkedHashMap<>();
		for (LotId id : ids) {
			LotDetails lot = bare.get(id.value());
			if (lot != null) {
				UUID key = id.value();
				lots.put(id, new LotDetails(lot.id(), lot.productId(), lot.seller(), lot.category(), lot.hsCode(),
						lot.unitOfSale(), lot.netWeightGrams(), lot.grossWeightGrams(),
						texts.getOrDefault(key, Map.of()), lot.reference(), lot.quantityTotal(), lot.available(),
						lot.unitPrice(), lot.minOrderQuantity(), lot.provenance(), lot.coffee(), null, Map.of(),
						documents.getOrDefault(key, List.of()), listings.getOrDefault(key, List.of())));
			}
		}
		return lots;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Offer> offer(LotId lot, CorridorId corridor) {
		return lot(lot).flatMap(details -> details.listingOn(corridor).map(listing -> new Offer(details, listing)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<LotSummary> availableOn(Collection<CorridorId> corridors, int limit) {
		if (corridors.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					SELECT l.id, l.reference, l.seller_id, l.available FROM catalog_lot l
					WHERE l.available > 0 AND EXISTS (SELECT 1 FROM catalog_listing s WHERE s.lot_id = l.id AND s.corridor_id IN (:corridors))
					ORDER BY l.created_at DESC, l.id LIMIT :limit""")
			.param("corridors", corridors.stream().map(CorridorId::value).toList())
			.param("limit", limit)
			.query((rs, row) -> new LotSummary(new LotId(rs.getObject("id", UUID.class)), rs.getString("reference"),
					new OrganisationId(rs.getObject("seller_id", UUID.class)), rs.getInt("available")))
			.list();
	}

	@Transactional(readOnly = true)
	PageOf<LotDetails> lotsOf(OrganisationId seller, PageRequest page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM catalog_lot WHERE seller_id = :seller")
			.param("seller", seller.value())
			.query(Long.class)
			.single();
		List<LotDetails> lots = jdbc.sql("""
				SELECT l.*, p.category, p.hs_code, p.unit_of_sale, p.net_weight_grams, p.gross_weight_grams
				FROM catalog_lot l JOIN catalog_product p ON p.id = l.product_id
				WHERE l.seller_id = :seller ORDER BY l.created_at DESC, l.id LIMIT :limit OFFSET :offset""")
			.param("seller", seller.value())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::mapLot)
			.list();
		return PageOf.of(lots, page, total);
	}

	/** The seller's sold-out and low-stock lots, fewest left first. */
	List<LotDetails> lotsNeedingAttention(OrganisationId seller, int limit) {
		return jdbc.sql("""
				SELECT l.*, p.category, p.hs_code, p.unit_of_sale, p.net_weight_grams, p.gross_weight_grams
				FROM catalog_lot l JOIN catalog_product p ON p.id = l.product_id
				WHERE l.seller_id = :seller AND l.available * 10 <= l.quantity_total
				ORDER BY l.available, l.reference LIMIT :limit""")
			.param("seller", seller.value())
			.param("limit", limit)
			.query(this::mapLot)
			.list();
	}

	SellerOverview overview(OrganisationId seller) {
		long products = jdbc.sql("SELECT COUNT(*) FROM catalog_product WHERE seller_id = :seller")
			.param("seller", seller.value())
			.query(Long.class)
			.single();
		return jdbc
			.sql("""
					SELECT COUNT(*) AS lots,
					  COALESCE(SUM(CASE WHEN available > 0 AND available * 10 <= quantity_total THEN 1 ELSE 0 END), 0) AS low_stock,
					  COALESCE(SUM(CASE WHEN available = 0 THEN 1 ELSE 0 END), 0) AS sold_out,
					  (SELECT COUNT(*) FROM catalog_listing s JOIN catalog_lot x ON x.id = s.lot_id WHERE x.seller_id = :seller AND s.status = 'LISTED') AS listed,
					  (SELECT COUNT(*) FROM catalog_listing s JOIN catalog_lot x ON x.id = s.lot_id WHERE x.seller_id = :seller AND s.status = 'PAUSED') AS paused
					FROM catalog_lot WHERE seller_id = :seller""")
			.param("seller", seller.value())
			.query((rs, row) -> new SellerOverview(products, rs.getLong("lots"), rs.getLong("low_stock"),
					rs.getLong("sold_out"), rs.getLong("listed"), rs.getLong("paused")))
			.single();
	}

	private LotDetails mapLot(ResultSet rs, int row) throws SQLException {
		LotId id = new LotId(rs.getObject("id", UUID.class));
		ProductId product = new ProductId(rs.getObject("product_id", UUID.class));
		return mapLot(rs, texts(product), storyTranslations(id), documents(id), listings(id));
	}

	private LotDetails mapLot(ResultSet rs, Map<String, ProductText> texts, Map<String, String> stories,
			List<LotDocument> documents, List<Listing> listings) throws SQLException {
		LotId id = new LotId(rs.getObject("id", UUID.class));
		ProductId product = new ProductId(rs.getObject("product_id", UUID.class));
		String process = rs.getString("process");
		BigDecimal cup = rs.getBigDecimal("cup_score");
		int altitude = rs.getInt("altitude_meters");
		Integer altitudeMeters = rs.wasNull() ? null : altitude;
		return new LotDetails(id, product, new OrganisationId(rs.getObject("seller_id", UUID.class)),
				Category.valueOf(rs.getString("category")), new HsCode(rs.getString("hs_code")),
				rs.getString("unit_of_sale"), rs.getLong("net_weight_grams"), rs.getLong("gross_weight_grams"), texts,
				rs.getString("reference"), rs.getInt("quantity_total"), rs.getInt("available"),
				new Money(rs.getLong("price_minor"), CurrencyCode.of(rs.getString("currency"))),
				rs.getInt("min_order_quantity"),
				new Provenance(new CountryCode(rs.getString("origin_country")), rs.getString("origin_region"),
						rs.getString("producer_name"), ProducerKind.valueOf(rs.getString("producer_kind")),
						SqlTimes.date(rs, "harvested_on")),
				new CoffeeAttributes(process == null ? null : CoffeeProcess.valueOf(process), rs.getString("grade"),
						cup == null ? null : cup.stripTrailingZeros(), altitudeMeters),
				rs.getString("story"), stories, documents, listings);
	}

	List<LotDocument> documents(LotId lot) {
		return jdbc.sql("SELECT * FROM catalog_lot_document WHERE lot_id = :lot ORDER BY issued_on, id")
			.param("lot", lot.value())
			.query((rs, row) -> mapDocument(rs))
			.list();
	}

	private static LotDocument mapDocument(ResultSet rs) throws SQLException {
		String scheme = rs.getString("scheme");
		return new LotDocument(rs.getObject("id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
				rs.getString("number"), rs.getString("issuer"), SqlTimes.date(rs, "issued_on"),
				SqlTimes.date(rs, "expires_on"), scheme == null ? null : PreferenceScheme.valueOf(scheme),
				rs.getString("origin_criterion"));
	}

	// ---- listings

	List<Listing> listings(LotId lot) {
		return jdbc.sql("SELECT * FROM catalog_listing WHERE lot_id = :lot ORDER BY listed_at, id")
			.param("lot", lot.value())
			.query(CatalogStore::mapListing)
			.list();
	}

	void insertListing(Listing listing) {
		jdbc.sql("""
				INSERT INTO catalog_listing (id, lot_id, corridor_id, status, listed_at, changed_at)
				VALUES (:id, :lot, :corridor, :status, :listed, :changed)""")
			.param("id", listing.id())
			.param("lot", listing.lot().value())
			.param("corridor", listing.corridor().value())
			.param("status", listing.status().name())
			.param("listed", SqlTimes.utc(listing.listedAt()))
			.param("changed", SqlTimes.utc(listing.changedAt()))
			.update();
	}

	void updateListingStatus(UUID listing, ListingStatus status, Instant now) {
		jdbc.sql("UPDATE catalog_listing SET status = :status, changed_at = :now WHERE id = :id")
			.param("status", status.name())
			.param("now", SqlTimes.utc(now))
			.param("id", listing)
			.update();
	}

	private static Listing mapListing(ResultSet rs, int row) throws SQLException {
		return new Listing(rs.getObject("id", UUID.class), new LotId(rs.getObject("lot_id", UUID.class)),
				new CorridorId(rs.getObject("corridor_id", UUID.class)), ListingStatus.valueOf(rs.getString("status")),
				SqlTimes.instant(rs, "listed_at"), SqlTimes.instant(rs, "changed_at"));
	}

}
