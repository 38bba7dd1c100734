package org.isoko.customs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.customs.eac.EntryMessage.DocumentCode;
import org.isoko.logistics.ConsignmentId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of the consignments' entries: entries, lines, documents, history, outbox,
 * receipts.
 */
@Repository
class EntryStore {

	private final JdbcClient jdbc;

	/**
	 * This running instance: it sends the entries it signed (as the China outbox does).
	 */
	private final String instance = UUID.randomUUID().toString();

	EntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ConsignmentEntry e) {
		jdbc.sql("""
				INSERT INTO customs_entry (id, consignment_id, direction, country, hub, origin_hub, destination_hub,
				  master_waybill, reference, revision, status, submitted_at, updated_at)
				VALUES (:id, :c, :dir, :country, :hub, :origin, :destination, :mawb, :ref, :rev, :status, :at, :at)""")
			.param("id", e.id())
			.param("c", e.consignment().value())
			.param("dir", e.direction().name())
			.param("country", e.country().value())
			.param("hub", e.hub().value())
			.param("origin", e.originHub().value())
			.param("destination", e.destinationHub().value())
			.param("mawb", e.masterWaybill())
			.param("ref", e.reference())
			.param("rev", e.revision())
			.param("status", e.status().name())
			.param("at", SqlTimes.utc(e.submittedAt()))
			.update();
	}

	/** A queried entry submitted again as {@code revision}. */
	boolean resubmit(UUID id, int revision, Instant at) {
		return jdbc.sql("""
				UPDATE customs_entry SET revision = :rev, status = 'SUBMITTED', release_number = NULL, reason = NULL,
				  reason_language = NULL, submitted_at = :at, decided_at = NULL, updated_at = :at
				WHERE id = :id AND revision = :rev - 1 AND status IN ('QUERIED', 'RELEASED')""")
			.param("rev", revision)
			.param("at", SqlTimes.utc(at))
			.param("id", id)
			.update() == 1;
	}

	Optional<ConsignmentEntry> of(ConsignmentId consignment, EntryDirection direction) {
		return jdbc.sql("SELECT * FROM customs_entry WHERE consignment_id = :c AND direction = :d")
			.param("c", consignment.value())
			.param("d", direction.name())
			.query(EntryStore::entry)
			.optional();
	}

	/** A consignment's entry, its row locked until the transaction ends. */
	Optional<ConsignmentEntry> lockOf(ConsignmentId consignment, EntryDirection direction) {
		return jdbc.sql("SELECT * FROM customs_entry WHERE consignment_id = :c AND direction = :d FOR UPDATE")
			.param("c", consignment.value())
			.param("d", direction.name())
			.query(EntryStore::entry)
			.optional();
	}

	Optional<ConsignmentEntry> find(UUID id) {
		return jdbc.sql("SELECT * FROM customs_entry WHERE id = :id")
			.param("id", id)
			.query(EntryStore::entry)
			.optional();
	}

	Optional<ConsignmentEntry> byReference(String reference) {
		return jdbc.sql("SELECT * FROM customs_entry WHERE reference = :r")
			.param("r", reference)
			.query(EntryStore::entry)
			.optional();
	}

	/** Locks an entry's row until the transaction ends (one change at a time). */
	Optional<ConsignmentEntry> lock(UUID id) {
		return jdbc.sql("SELECT * FROM customs_entry WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(EntryStore::entry)
			.optional();
	}

	/**
	 * Moves revision {@code revision} of an entry on from an open state (submitted or
	 * accepted); false when it was not there.
	 */
	boolean decide(UUID id, int revision, List<EntryStatus> from, EntryStatus to, @Nullable String releaseNumber,
			@Nullable String reason, Instant at) {
		return decide(id, revision, from, to, releaseNumber, reason, null, at);
	}

	/** As above, with the language of the reason when it is known. */
	boolean decide(UUID id, int revision, List<EntryStatus> from, EntryStatus to, @Nullable String releaseNumber,
			@Nullable String reason, @Nullable String reasonLanguage, Instant at) {
		return jdbc.sql("""
				UPDATE customs_entry SET status = :to, release_number = :number, reason = :reason,
				  reason_language = :language, decided_at = :decidedAt, updated_at = :at
				WHERE id = :id AND revision = :rev AND status IN (:from)""")
			.param("to", to.name())
			.param("number", releaseNumber)
			.param("reason", reason)
			.param("language", reasonLanguage)
			.param("at", SqlTimes.utc(at))
			.param("decidedAt", to == EntryStatus.ACCEPTED ? null : SqlTimes.utc(at))
			.param("id", id)
			.param("rev", revision)
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
	}

	PageOf<ConsignmentEntry> queue(CountryCode country, @Nullable EntryStatus status, PageRequest page) {
		String where = "WHERE country = :country" + (status == null ? "" : " AND status = :status");
		var count = jdbc.sql("SELECT COUNT(*) FROM customs_entry " + where).param("country", country.value());
		var items = jdbc
			.sql("SELECT * FROM customs_entry " + where + " ORDER BY submitted_at DESC, id LIMIT :limit OFFSET :offset")
			.param("country", country.value())
			.param("limit", page.size())
			.param("offset", page.offset());
		if (status != null) {
			count = count.param("status", status.name());
			items = items.param("status", status.name());
		}
		return PageOf.of(items.query(EntryStore::entry).list(), page, count.query(Long.class).single());
	}

	// ---- lines and documents of the latest revision

	void replaceContents(UUID entry, List<ConsignmentEntry.Line> lines, List<ConsignmentEntry.Document> documents) {
		jdbc.sql("DELETE FROM customs_entry_line WHERE entry_id = :e").param("e", entry).update();
		jdbc.sql("DELETE FROM customs_entry_document WHERE entry_id = :e").param("e", entry).update();
		for (ConsignmentEntry.Line l : lines) {
			jdbc.sql("""
					INSERT INTO customs_entry_line (id, entry_id, item_no, waybill, order_id, order_no, exporter,
					  consignee_country, hs_code, description, quantity, value_minor, currency, net_grams, gross_grams,
					  duty_minor, vat_minor, other_minor, charges_currency)
					VALUES (:id, :e, :no, :waybill, :order, :orderNo, :exporter, :cc, :hs, :description, :qty, :value,
					  :currency, :net, :gross, :duty, :vat, :other, :chargesCurrency)""")
				.param("id", UUID.randomUUID())
				.param("e", entry)
				.param("no", l.itemNo())
				.param("waybill", l.waybill())
				.param("order", l.order())
				.param("orderNo", l.orderNo())
				.param("exporter", l.exporter())
				.param("cc", l.consigneeCountry())
				.param("hs", l.hsCode())
				.param("description", l.description())
				.param("qty", l.quantity())
				.param("value", l.value().minorUnits())
				.param("currency", l.value().currency().value())
				.param("net", l.netGrams())
				.param("gross", l.grossGrams())
				.param("duty", l.duty() == null ? null : l.duty().minorUnits())
				.param("vat", l.vat() == null ? null : l.vat().minorUnits())
				.param("other", l.other() == null ? null : l.other().minorUnits())
				.param("chargesCurrency", l.duty() == null ? null : l.duty().currency().value())
				.update();
		}
		for (ConsignmentEntry.Document d : documents) {
			jdbc.sql("""
					INSERT INTO customs_entry_document (id, entry_id, waybill, kind, present, reference)
					VALUES (:id, :e, :waybill, :kind, :present, :reference)""")
				.param("id", UUID.randomUUID())
				.param("e", entry)
				.param("waybill", d.waybill())
				.param("kind", d.kind().name())
				.param("present", d.present())
				.param("reference", d.reference())
				.update();
		}
	}

	List<ConsignmentEntry.Line> lines(UUID entry) {
		return jdbc.sql("SELECT * FROM customs_entry_line WHERE entry_id = :e ORDER BY item_no")
			.param("e", entry)
			.query((rs, n) -> {
				String chargesCurrency = rs.getString("charges_currency");
				return new ConsignmentEntry.Line(rs.getInt("item_no"), rs.getString("waybill"),
						rs.getObject("order_id", UUID.class), rs.getString("order_no"), rs.getString("exporter"),
						rs.getString("consignee_country"), rs.getString("hs_code"), rs.getString("description"),
						rs.getInt("quantity"), Money.ofMinor(rs.getLong("value_minor"), rs.getString("currency")),
						rs.getLong("net_grams"), rs.getLong("gross_grams"), money(rs, "duty_minor", chargesCurrency),
						money(rs, "vat_minor", chargesCurrency), money(rs, "other_minor", chargesCurrency));
			})
			.list();
	}

	List<ConsignmentEntry.Document> documents(UUID entry) {
		return jdbc.sql("SELECT * FROM customs_entry_document WHERE entry_id = :e ORDER BY waybill, kind")
			.param("e", entry)
			.query((rs, n) -> new ConsignmentEntry.Document(rs.getString("waybill"),
					DocumentCode.valueOf(rs.getString("kind")), rs.getBoolean("present"), rs.getString("reference")))
			.list();
	}

	/**
	 * The entries whose latest revision declares a line of the order (its parcel travels
	 * in their consignments), export first.
	 */
	List<ConsignmentEntry> ofOrder(UUID order) {
		return jdbc.sql("""
				SELECT * FROM customs_entry
				WHERE id IN (SELECT entry_id FROM customs_entry_line WHERE order_id = :o)
				ORDER BY direction, submitted_at""").param("o", order).query(EntryStore::entry).list();
	}

	/** The documents an entry lacks for the house waybills of one order. */
	List<DocumentCode> missingFor(UUID entry, UUID order) {
		return jdbc.sql("""
				SELECT DISTINCT kind FROM customs_entry_document
				WHERE entry_id = :e AND present = FALSE
				  AND waybill IN (SELECT waybill FROM customs_entry_line WHERE entry_id = :e AND order_id = :o)
				ORDER BY kind""")
			.param("e", entry)
			.param("o", order)
			.query((rs, n) -> DocumentCode.valueOf(rs.getString("kind")))
			.list();
	}

	/** The house waybills the entry declares for orders other than this one. */
	List<String> otherWaybills(UUID entry, UUID order) {
		return jdbc.sql("SELECT DISTINCT waybill FROM customs_entry_line WHERE entry_id = :e AND order_id <> :o")
			.param("e", entry)
			.param("o", order)
			.query(String.class)
			.list();
	}

	/** The house waybills the entry's latest revision declares. */
	List<String> waybills(UUID entry) {
		return jdbc.sql("SELECT DISTINCT waybill FROM customs_entry_line WHERE entry_id = :e ORDER BY waybill")
			.param("e", entry)
			.query(String.class)
			.list();
	}

	private static @Nullable Money money(ResultSet rs, String column, @Nullable String currency) throws SQLException {
		long minor = rs.getLong(column);
		return rs.wasNull() || currency == null ? null : Money.ofMinor(minor, currency);
	}

	// ---- history

	void history(UUID entry, EntryStatus status, String actor, @Nullable String reason, Instant at) {
		jdbc.sql("""
				INSERT INTO customs_entry_event (id, entry_id, status, actor, reason, occurred_at)
				VALUES (:id, :e, :status, :actor, :reason, :at)""")
			.param("id", UUID.randomUUID())
			.param("e", entry)
			.param("status", status.name())
			.param("actor", actor)
			.param("reason", reason)
			.param("at", SqlTimes.utc(at))
			.update();
	}

	List<ConsignmentEntry.Change> history(UUID entry) {
		return jdbc.sql("SELECT * FROM customs_entry_event WHERE entry_id = :e ORDER BY occurred_at, seq")
			.param("e", entry)
			.query((rs, n) -> new ConsignmentEntry.Change(EntryStatus.valueOf(rs.getString("status")),
					rs.getString("actor"), rs.getString("reason"), SqlTimes.instant(rs, "occurred_at")))
			.list();
	}

	// ---- the outbox

	record Outgoing(UUID id, UUID entry, String country, String guid, String body, int attempts) {
	}

	/** Puts a revision in the outbox, due at {@code at}. */
	void enqueue(UUID entry, int revision, String guid, String body, Instant at) {
		jdbc.sql(
				"""
						INSERT INTO customs_entry_outbox (id, entry_id, revision, guid, body, status, next_attempt_at, written_by)
						VALUES (:id, :e, :rev, :guid, :body, 'PENDING', :at, :instance)""")
			.param("id", UUID.randomUUID())
			.param("e", entry)
			.param("rev", revision)
			.param("guid", guid)
			.param("body", body)
			.param("at", SqlTimes.utc(at))
			.param("instance", instance)
			.update();
	}

	List<Outgoing> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT o.*, e.country FROM customs_entry_outbox o JOIN customs_entry e ON e.id = o.entry_id
				WHERE o.status = 'PENDING' AND (o.written_by = :instance AND o.next_attempt_at <= :now
				  OR o.next_attempt_at <= :takeover)
				ORDER BY o.next_attempt_at, o.entry_id, o.revision LIMIT :limit""")
			.param("instance", instance)
			.param("now", SqlTimes.utc(now))
			// On the application's clock, as the China outbox.
			.param("takeover", SqlTimes.utc(now.minus(java.time.Duration.ofMinutes(DeclarationStore.TAKEOVER_MINUTES))))
			.param("limit", limit)
			.query((rs, n) -> new Outgoing(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
					rs.getString("country"), rs.getString("guid"), rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	boolean claim(Outgoing m, Instant leaseUntil) {
		return jdbc.sql("""
				UPDATE customs_entry_outbox SET next_attempt_at = :lease, attempts = attempts + 1
				WHERE id = :id AND status = 'PENDING' AND attempts = :attempts""")
			.param("lease", SqlTimes.utc(leaseUntil))
			.param("id", m.id())
			.param("attempts", m.attempts())
			.update() == 1;
	}

	void sent(UUID id, Instant at) {
		jdbc.sql("UPDATE customs_entry_outbox SET status = 'SENT', sent_at = :at, last_error = NULL WHERE id = :id")
			.param("at", SqlTimes.utc(at))
			.param("id", id)
			.update();
	}

	void retryAt(UUID id, Instant at, String error) {
		jdbc.sql("UPDATE customs_entry_outbox SET next_attempt_at = :at, last_error = :error WHERE id = :id")
			.param("at", SqlTimes.utc(at))
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("id", id)
			.update();
	}

	void giveUp(UUID id, String error) {
		jdbc.sql("UPDATE customs_entry_outbox SET status = 'GAVE_UP', last_error = :error WHERE id = :id")
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("id", id)
			.update();
	}

	/** The signed message of an entry's revision. */
	Optional<String> message(UUID entry, int revision) {
		return jdbc.sql("SELECT body FROM customs_entry_outbox WHERE entry_id = :e AND revision = :rev")
			.param("e", entry)
			.param("rev", revision)
			.query(String.class)
			.optional();
	}

	// ---- receipts

	/** Records a receipt by its guid; false when it was recorded before (a duplicate). */
	boolean recordReceipt(String guid, @Nullable UUID entry, String status, Instant at) {
		return jdbc
			.sql("""
					INSERT INTO customs_entry_receipt (guid, entry_id, status, received_at)
					SELECT :guid, :e, :status, :at WHERE NOT EXISTS (SELECT 1 FROM customs_entry_receipt WHERE guid = :guid)""")
			.param("guid", guid)
			.param("e", entry)
			.param("status", status)
			.param("at", SqlTimes.utc(at))
			.update() == 1;
	}

	private static ConsignmentEntry entry(ResultSet rs, int n) throws SQLException {
		return new ConsignmentEntry(rs.getObject("id", UUID.class),
				new ConsignmentId(rs.getObject("consignment_id", UUID.class)),
				EntryDirection.valueOf(rs.getString("direction")), CountryCode.of(rs.getString("country")),
				HubCode.of(rs.getString("hub")), HubCode.of(rs.getString("origin_hub")),
				HubCode.of(rs.getString("destination_hub")), rs.getString("master_waybill"), rs.getString("reference"),
				rs.getInt("revision"), EntryStatus.valueOf(rs.getString("status")), rs.getString("release_number"),
				rs.getString("reason"), rs.getString("reason_language"), SqlTimes.instant(rs, "submitted_at"),
				SqlTimes.instant(rs, "decided_at"));
	}

}
