package org.isoko.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes the rows of {@code catalog_photo}; the bytes are in
 * {@link PhotoFiles}.
 */
@Repository
class PhotoStore {

	private static final String COLUMNS = """
			id, product_id, lot_id, position, card_hash, card_width, card_height,
			detail_hash, detail_width, detail_height, alt_en, alt_fr, alt_rw, alt_zh""";

	private final JdbcClient jdbc;

	PhotoStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the product row until the transaction ends, so two uploads at once cannot
	 * both take the eighth place.
	 */
	void lockProduct(ProductId product) {
		jdbc.sql("SELECT id FROM catalog_product WHERE id = :id FOR UPDATE")
			.param("id", product.value())
			.query(UUID.class)
			.optional();
	}

	/** Photos of the product itself ({@code lot} null) or of one lot. */
	List<Photo> of(ProductId product, @Nullable LotId lot) {
		String where = lot == null ? "product_id = :product AND lot_id IS NULL" : "lot_id = :lot";
		JdbcClient.StatementSpec spec = jdbc
			.sql("SELECT " + COLUMNS + " FROM catalog_photo WHERE " + where + " ORDER BY position, id");
		spec = lot == null ? spec.param("product", product.value()) : spec.param("lot", lot.value());
		return spec.query(PhotoStore::photo).list();
	}

	/**
	 * The photos a lot is shown with: its own first, then its product's, each in the
	 * seller's order.
	 */
	List<Photo> gallery(LotId lot) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ """
							 FROM catalog_photo
							WHERE lot_id = :lot OR (lot_id IS NULL AND product_id = (SELECT product_id FROM catalog_lot WHERE id = :lot))
							ORDER BY CASE WHEN lot_id IS NULL THEN 1 ELSE 0 END, position, id""")
			.param("lot", lot.value())
			.query(PhotoStore::photo)
			.list();
	}

	/**
	 * The first photo of each lot ({@link #gallery}'s order), in one statement for a page
	 * of cards.
	 */
	Map<LotId, Photo> firstOf(Collection<LotId> lots) {
		if (lots.isEmpty()) {
			return Map.of();
		}
		List<UUID> ids = lots.stream().map(LotId::value).toList();
		Map<LotId, Photo> first = new LinkedHashMap<>();
		jdbc.sql("SELECT l.id AS shown_lot, " + COLUMNS.replace("id, product_id", "p.id, p.product_id") + """
				 FROM catalog_lot l JOIN catalog_photo p
				   ON p.lot_id = l.id OR (p.lot_id IS NULL AND p.product_id = l.product_id)
				WHERE l.id IN (:lots)
				ORDER BY l.id, CASE WHEN p.lot_id IS NULL THEN 1 ELSE 0 END, p.position, p.id""")
			.param("lots", ids)
			.query((rs, n) -> Map.entry(new LotId(rs.getObject("shown_lot", UUID.class)), photo(rs, n)))
			.list()
			.forEach(entry -> first.putIfAbsent(entry.getKey(), entry.getValue()));
		return first;
	}

	Optional<Photo> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM catalog_photo WHERE id = :id")
			.param("id", id)
			.query(PhotoStore::photo)
			.optional();
	}

	int nextPosition(ProductId product, @Nullable LotId lot) {
		return of(product, lot).stream().mapToInt(Photo::position).max().orElse(-1) + 1;
	}

	void insert(Photo photo, String format, UserId by, Instant now) {
		jdbc.sql("""
				INSERT INTO catalog_photo (id, product_id, lot_id, position, format, card_hash, card_width, card_height,
				    detail_hash, detail_width, detail_height, alt_en, alt_fr, alt_rw, alt_zh, uploaded_by, uploaded_at)
				VALUES (:id, :product, :lot, :position, :format, :cardHash, :cardWidth, :cardHeight,
				    :detailHash, :detailWidth, :detailHeight, :en, :fr, :rw, :zh, :by, :now)""")
			.param("id", photo.id())
			.param("product", photo.product().value())
			.param("lot", photo.lot() == null ? null : photo.lot().value())
			.param("position", photo.position())
			.param("format", format)
			.param("cardHash", photo.card().hash())
			.param("cardWidth", photo.card().width())
			.param("cardHeight", photo.card().height())
			.param("detailHash", photo.detail().hash())
			.param("detailWidth", photo.detail().width())
			.param("detailHeight", photo.detail().height())
			.param("en", photo.alt().get("en"))
			.param("fr", photo.alt().get("fr"))
			.param("rw", photo.alt().get("rw"))
			.param("zh", photo.alt().get("zh"))
			.param("by", by.value())
			.param("now", SqlTimes.utc(now))
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM catalog_photo WHERE id = :id").param("id", id).update();
	}

	private static Photo photo(ResultSet rs, int row) throws SQLException {
		UUID lot = rs.getObject("lot_id", UUID.class);
		Map<String, String> alt = new LinkedHashMap<>();
		for (String language : Photo.LANGUAGES) {
			String text = rs.getString("alt_" + language);
			if (text != null) {
				alt.put(language, text);
			}
		}
		return new Photo(rs.getObject("id", UUID.class), new ProductId(rs.getObject("product_id", UUID.class)),
				lot == null ? null : new LotId(lot), rs.getInt("position"),
				new Photo.Image(rs.getString("card_hash"), rs.getInt("card_width"), rs.getInt("card_height")),
				new Photo.Image(rs.getString("detail_hash"), rs.getInt("detail_width"), rs.getInt("detail_height")),
				alt);
	}

}
