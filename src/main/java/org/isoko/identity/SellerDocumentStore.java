package org.isoko.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.shared.Conflict;
import org.isoko.shared.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Seller documents and their bytes, kept once per SHA-256 of their content. */
@Repository
class SellerDocumentStore {

	private final JdbcClient jdbc;

	SellerDocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void saveFile(String hash, byte[] content) {
		// Content-addressed: a row with this hash already holds these very bytes.
		jdbc.sql(
				"""
						INSERT INTO identity_document_file (hash, content, size)
						SELECT :hash, :content, :size WHERE NOT EXISTS (SELECT 1 FROM identity_document_file WHERE hash = :hash)""")
			.param("hash", hash)
			.param("content", content)
			.param("size", content.length)
			.update();
	}

	Optional<byte[]> file(String hash) {
		return jdbc.sql("SELECT content FROM identity_document_file WHERE hash = :hash")
			.param("hash", hash)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * Locks the organisation's row until the transaction ends, so two uploads of one kind
	 * at once cannot both stay current (the second waits and replaces the first).
	 */
	void lock(OrganisationId organisation) {
		jdbc.sql("SELECT id FROM identity_organisation WHERE id = :id FOR UPDATE")
			.param("id", organisation.value())
			.query(UUID.class)
			.optional();
	}

	/** Marks the current document of this kind replaced, if there is one. */
	void replaceCurrent(OrganisationId organisation, String kind, String by, Instant at) {
		jdbc.sql("""
				UPDATE identity_seller_document SET replaced_by_name = :by, replaced_at = :at, version = version + 1
				WHERE organisation_id = :org AND kind = :kind AND replaced_at IS NULL""")
			.param("by", by)
			.param("at", SqlTimes.utc(at))
			.param("org", organisation.value())
			.param("kind", kind)
			.update();
	}

	void insert(SellerDocument d) {
		jdbc.sql("""
				INSERT INTO identity_seller_document (id, organisation_id, kind, content_type, file_name, size, hash,
				  uploaded_by, uploaded_by_name, uploaded_at, review, version)
				VALUES (:id, :org, :kind, :type, :name, :size, :hash, :by, :byName, :at, :review, 0)""")
			.param("id", d.id())
			.param("org", d.organisation().value())
			.param("kind", d.kind())
			.param("type", d.contentType())
			.param("name", d.fileName())
			.param("size", d.size())
			.param("hash", d.sha256())
			.param("by", d.uploadedBy().value())
			.param("byName", d.uploadedByName())
			.param("at", SqlTimes.utc(d.uploadedAt()))
			.param("review", d.review().name())
			.update();
	}

	void updateReview(SellerDocument d) {
		int updated = jdbc.sql("""
				UPDATE identity_seller_document SET review = :review, review_reason = :reason, reviewed_by_name = :by,
				  reviewed_at = :at, version = version + 1
				WHERE id = :id AND version = :version AND replaced_at IS NULL""")
			.param("review", d.review().name())
			.param("reason", d.reviewReason())
			.param("by", d.reviewedByName())
			.param("at", SqlTimes.utc(d.reviewedAt()))
			.param("id", d.id())
			.param("version", d.version())
			.update();
		if (updated != 1) {
			throw new Conflict("The document was replaced or reviewed meanwhile; reload and try again");
		}
	}

	Optional<SellerDocument> find(UUID id) {
		return jdbc.sql("SELECT * FROM identity_seller_document WHERE id = :id")
			.param("id", id)
			.query(SellerDocumentStore::map)
			.optional();
	}

	/** Every document of the organisation, current and replaced, newest first. */
	List<SellerDocument> ofOrganisation(OrganisationId organisation) {
		return jdbc
			.sql("SELECT * FROM identity_seller_document WHERE organisation_id = :org ORDER BY uploaded_at DESC, id")
			.param("org", organisation.value())
			.query(SellerDocumentStore::map)
			.list();
	}

	private static SellerDocument map(ResultSet rs, int row) throws SQLException {
		String review = rs.getString("review");
		return new SellerDocument(rs.getObject("id", UUID.class),
				new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("kind"),
				rs.getString("content_type"), rs.getString("file_name"), rs.getLong("size"), rs.getString("hash"),
				new UserId(rs.getObject("uploaded_by", UUID.class)), rs.getString("uploaded_by_name"),
				SqlTimes.instant(rs, "uploaded_at"), rs.getString("replaced_by_name"),
				SqlTimes.instant(rs, "replaced_at"), DocumentReview.valueOf(review), rs.getString("review_reason"),
				rs.getString("reviewed_by_name"), SqlTimes.instant(rs, "reviewed_at"), rs.getInt("version"));
	}

}
