package org.isoko.customs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.customs.ceb.MessageType;
import org.isoko.customs.ceb.Receipt;
import org.isoko.logistics.ParcelId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customs tables: declarations, their outbox, receipts, history.
 */
@Repository
class DeclarationStore {

	/**
	 * How long another instance's message must be overdue before this one takes it over
	 * (its writer has then most likely stopped).
	 */
	static final int TAKEOVER_MINUTES = 5;

	/** See {@link #due}. */
	static final String DUE = """
			SELECT * FROM customs_outbox
			WHERE status = 'PENDING' AND next_attempt_at <= :now
			  AND (written_by = :instance OR next_attempt_at <= :takeover)
			ORDER BY status, next_attempt_at, declaration_id, seq LIMIT :limit""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	/**
	 * This running instance: it sends the messages it wrote, and another instance's only
	 * once they are {@value #TAKEOVER_MINUTES} minutes overdue (that instance has most
	 * likely stopped); several instances (or test contexts) may share one database.
	 */
	private final String instance = UUID.randomUUID().toString();

	DeclarationStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	// ---- declarations

	void insert(Declaration d) {
		jdbc.sql(
				"""
						INSERT INTO customs_declaration (id, parcel_id, order_id, country, destination_hub, order_no,
						  pay_transaction_id, logistics_no, cop_no, buyer_name, buyer_id_masked, status, declared_at, updated_at)
						VALUES (:id, :parcel, :order, :country, :hub, :orderNo, :payTx, :logisticsNo, :copNo, :buyerName,
						  :masked, :status, :at, :at)""")
			.param("id", d.id())
			.param("parcel", d.parcel().value())
			.param("order", d.order().value())
			.param("country", d.country().value())
			.param("hub", d.destinationHub().value())
			.param("orderNo", d.orderNo())
			.param("payTx", d.payTransactionId())
			.param("logisticsNo", d.logisticsNo())
			.param("copNo", d.copNo())
			.param("buyerName", d.buyerName())
			.param("masked", d.buyerIdMasked())
			.param("status", d.status().name())
			.param("at", SqlTimes.utc(d.declaredAt()))
			.update();
	}

	Optional<Declaration> ofParcel(ParcelId parcel) {
		return jdbc.sql("SELECT * FROM customs_declaration WHERE parcel_id = :p")
			.param("p", parcel.value())
			.query(DeclarationStore::declaration)
			.optional();
	}

	Optional<Declaration> ofOrder(OrderId order) {
		return jdbc.sql("SELECT * FROM customs_declaration WHERE order_id = :o")
			.param("o", order.value())
			.query(DeclarationStore::declaration)
			.optional();
	}

	/** Locks a declaration's row until the transaction ends (one change at a time). */
	Optional<Declaration> lock(UUID id) {
		return jdbc.sql("SELECT * FROM customs_declaration WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(DeclarationStore::declaration)
			.optional();
	}

	Optional<Declaration> find(UUID id) {
		return jdbc.sql("SELECT * FROM customs_declaration WHERE id = :id")
			.param("id", id)
			.query(DeclarationStore::declaration)
			.optional();
	}

	/** The declaration a receipt answers, by the reference it names. */
	Optional<Declaration> answeredBy(Receipt receipt) {
		String column = switch (receipt.type()) {
			case CEB312 -> "order_no";
			case CEB412 -> "pay_transaction_id";
			case CEB512 -> "logistics_no";
			case CEB622 -> "cop_no";
			default -> null;
		};
		if (column == null) {
			return jdbc.sql("""
					SELECT d.* FROM customs_declaration d JOIN customs_outbox o ON o.declaration_id = d.id
					WHERE o.guid = :ref""")
				.param("ref", receipt.reference())
				.query(DeclarationStore::declaration)
				.optional();
		}
		return jdbc.sql("SELECT * FROM customs_declaration WHERE " + column + " = :ref")
			.param("ref", receipt.reference())
			.query(DeclarationStore::declaration)
			.optional();
	}

	/**
	 * The declarations the lines of one receipt message (CEB312/412/512/622) name, by
	 * reference, in one query: a reference named by several declarations is left out (its
	 * line goes the one-by-one way, {@link #answeredBy(Receipt)}).
	 */
	java.util.Map<String, Declaration> answeredBy(MessageType type, java.util.Collection<String> references) {
		String column = switch (type) {
			case CEB312 -> "order_no";
			case CEB412 -> "pay_transaction_id";
			case CEB512 -> "logistics_no";
			case CEB622 -> "cop_no";
			default -> throw new IllegalArgumentException(type + " answers no one declaration by reference");
		};
		java.util.Map<String, Declaration> found = new java.util.HashMap<>();
		java.util.Set<String> shared = new java.util.HashSet<>();
		jdbc.sql("SELECT * FROM customs_declaration WHERE " + column + " IN (:refs)")
			.param("refs", List.copyOf(references))
			.query((rs, n) -> {
				Declaration d = declaration(rs, n);
				String ref = rs.getString(column);
				if (found.put(ref, d) != null) {
					shared.add(ref);
				}
				return d;
			})
			.list();
		shared.forEach(found::remove);
		return found;
	}

	/** Moves a declaration on from one of {@code from}; false when it was not there. */
	boolean decide(UUID id, List<DeclarationStatus> from, DeclarationStatus to, @Nullable String reason, Instant at) {
		return jdbc.sql("""
				UPDATE customs_declaration SET status = :to, reason = :reason, decided_at = :at, updated_at = :at
				WHERE id = :id AND status IN (:from)""")
			.param("to", to.name())
			.param("reason", reason)
			.param("at", SqlTimes.utc(at))
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
	}

	/**
	 * {@link #decide} for several declarations, in one JDBC batch, without a reason; for
	 * each, whether it moved.
	 */
	boolean[] decideAll(List<UUID> ids, List<DeclarationStatus> from, DeclarationStatus to, Instant at) {
		if (ids.isEmpty()) {
			return new boolean[0];
		}
		// The statuses are the enum's names, written in: an IN list of a batch's
		// parameters would be expanded from its first row only.
		String in = from.stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));
		int[] moved = batch.batchUpdate("""
				UPDATE customs_declaration SET status = :to, reason = NULL, decided_at = :at, updated_at = :at
				WHERE id = :id AND status IN (""" + in + ")",
				ids.stream()
					.map(id -> new MapSqlParameterSource().addValue("to", to.name())
						.addValue("at", SqlTimes.utc(at))
						.addValue("id", id))
					.toArray(SqlParameterSource[]::new));
		boolean[] changed = new boolean[moved.length];
		for (int i = 0; i < moved.length; i++) {
			if (moved[i] == java.sql.Statement.SUCCESS_NO_INFO) {
				throw new IllegalStateException("The database did not count the declarations decided");
			}
			changed[i] = moved[i] == 1;
		}
		return changed;
	}

	/** {@link #history} of several declarations, in one JDBC batch. */
	void historyAll(List<HistoryRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				INSERT INTO customs_declaration_event (id, declaration_id, status, actor, reason, occurred_at)
				VALUES (:id, :d, :status, :actor, :reason, :at)""",
				rows.stream()
					.map(r -> new MapSqlParameterSource().addValue("id", UUID.randomUUID())
						.addValue("d", r.declaration())
						.addValue("status", r.status().name())
						.addValue("actor", r.actor())
						.addValue("reason", r.reason())
						.addValue("at", SqlTimes.utc(r.at())))
					.toArray(SqlParameterSource[]::new));
	}

	record HistoryRow(UUID declaration, DeclarationStatus status, String actor, @Nullable String reason, Instant at) {
	}

	/** {@link #taxBill} of several declarations, in one JDBC batch. */
	void taxBills(java.util.Map<UUID, String> references) {
		if (references.isEmpty()) {
			return;
		}
		batch.batchUpdate("UPDATE customs_declaration SET tax_bill_ref = :ref WHERE id = :id",
				references.entrySet()
					.stream()
					.map(e -> new MapSqlParameterSource().addValue("ref", e.getValue()).addValue("id", e.getKey()))
					.toArray(SqlParameterSource[]::new));
	}

	void history(UUID declaration, DeclarationStatus status, String actor, @Nullable String reason, Instant at) {
		jdbc.sql("""
				INSERT INTO customs_declaration_event (id, declaration_id, status, actor, reason, occurred_at)
				VALUES (:id, :d, :status, :actor, :reason, :at)""")
			.param("id", UUID.randomUUID())
			.param("d", declaration)
			.param("status", status.name())
			.param("actor", actor)
			.param("reason", reason)
			.param("at", SqlTimes.utc(at))
			.update();
	}

	/** A declaration's recorded changes, oldest first. */
	List<HistoryEntry> history(UUID declaration) {
		return jdbc.sql("SELECT * FROM customs_declaration_event WHERE declaration_id = :d ORDER BY occurred_at, id")
			.param("d", declaration)
			.query((rs, n) -> new HistoryEntry(DeclarationStatus.valueOf(rs.getString("status")), rs.getString("actor"),
					rs.getString("reason"), SqlTimes.instant(rs, "occurred_at")))
			.list();
	}

	record HistoryEntry(DeclarationStatus status, String actor, @Nullable String reason, Instant at) {
	}

	// ---- the outbox

	record OutboxMessage(UUID id, UUID declaration, MessageType type, String guid, String body, int attempts,
			Instant nextAttemptAt) {
	}

	void enqueue(UUID declaration, MessageType type, int seq, String guid, String body, Instant at) {
		enqueue(declaration, type, 0, seq, guid, body, at);
	}

	/**
	 * Puts a message in the outbox; revision 0 is the message declared, 1, 2… its
	 * amendments (each a message of its own, with its own guid).
	 */
	void enqueue(UUID declaration, MessageType type, int revision, int seq, String guid, String body, Instant at) {
		jdbc.sql("""
				INSERT INTO customs_outbox (id, declaration_id, message_type, revision, seq, guid, body, status,
				  next_attempt_at, written_by)
				VALUES (:id, :d, :type, :revision, :seq, :guid, :body, 'PENDING', :at, :instance)""")
			.param("id", UUID.randomUUID())
			.param("revision", revision)
			.param("instance", instance)
			.param("d", declaration)
			.param("type", type.name())
			.param("seq", seq)
			.param("guid", guid)
			.param("body", body)
			.param("at", SqlTimes.utc(at))
			.update();
	}

	/**
	 * The due messages this instance sends, in sending order (due time, declaration, the
	 * declaration's order); each is then taken by a conditional update ({@link #claim}),
	 * so two readers never both send one. One range on the due time, and the index's
	 * columns as the order (H2 uses an index for ORDER BY only when the order names its
	 * columns from the first), so that a read walks the index and stops at its limit
	 * however many messages are due, instead of sorting them all.
	 */
	List<OutboxMessage> due(Instant now, int limit) {
		return jdbc.sql(DUE)
			.param("instance", instance)
			.param("now", SqlTimes.utc(now))
			// On the application's clock like every other time here, not the database's.
			.param("takeover", SqlTimes.utc(now.minus(Duration.ofMinutes(TAKEOVER_MINUTES))))
			.param("limit", limit)
			.query((rs, n) -> new OutboxMessage(rs.getObject("id", UUID.class),
					rs.getObject("declaration_id", UUID.class), MessageType.valueOf(rs.getString("message_type")),
					rs.getString("guid"), rs.getString("body"), rs.getInt("attempts"),
					SqlTimes.instant(rs, "next_attempt_at")))
			.list();
	}

	/**
	 * Takes a due message for one attempt by moving its next attempt to
	 * {@code leaseUntil}: another instance (or poll) that read it as due no longer finds
	 * it so; if this attempt dies half-way, the message is due again after the lease.
	 */
	boolean claim(OutboxMessage m, Instant leaseUntil) {
		return jdbc.sql("""
				UPDATE customs_outbox SET next_attempt_at = :lease, attempts = attempts + 1
				WHERE id = :id AND status = 'PENDING' AND attempts = :attempts""")
			.param("lease", SqlTimes.utc(leaseUntil))
			.param("id", m.id())
			.param("attempts", m.attempts())
			.update() == 1;
	}

	/**
	 * Takes several due messages at once for one batch (as {@link #claim} does each, in
	 * one JDBC batch), naming the batch's guid on each, so that customs' refusal of the
	 * whole batch (a CEB900 naming it) finds them; returns those taken.
	 */
	List<OutboxMessage> claim(List<OutboxMessage> messages, Instant leaseUntil, String batchGuid) {
		SqlParameterSource[] rows = messages.stream()
			.map(m -> new MapSqlParameterSource().addValue("lease", SqlTimes.utc(leaseUntil))
				.addValue("batch", batchGuid)
				.addValue("id", m.id())
				.addValue("attempts", m.attempts()))
			.toArray(SqlParameterSource[]::new);
		int[] taken = batch.batchUpdate("""
				UPDATE customs_outbox SET next_attempt_at = :lease, attempts = attempts + 1, batch_guid = :batch
				WHERE id = :id AND status = 'PENDING' AND attempts = :attempts""", rows);
		List<OutboxMessage> claimed = new java.util.ArrayList<>(messages.size());
		for (int i = 0; i < taken.length; i++) {
			// SUCCESS_NO_INFO (-2): the driver did not count; the row was updated or not,
			// and sending it twice is harmless (customs takes a guid once).
			if (taken[i] != 0) {
				claimed.add(messages.get(i));
			}
		}
		return claimed;
	}

	/** Several messages sent in one batch (see {@link #sent(UUID, Instant)}). */
	void sent(List<UUID> ids, Instant at) {
		batch.batchUpdate(
				"UPDATE customs_outbox SET status = 'SENT', sent_at = :at, last_error = NULL WHERE id = :id AND status = 'PENDING'",
				ids.stream()
					.map(id -> new MapSqlParameterSource().addValue("at", SqlTimes.utc(at)).addValue("id", id))
					.toArray(SqlParameterSource[]::new));
	}

	/** Sent; unless a receipt (which can come first) already answered it. */
	void sent(UUID id, Instant at) {
		jdbc.sql(
				"UPDATE customs_outbox SET status = 'SENT', sent_at = :at, last_error = NULL WHERE id = :id AND status = 'PENDING'")
			.param("at", SqlTimes.utc(at))
			.param("id", id)
			.update();
	}

	/** The latest revision of a declaration's message of a type. */
	Optional<Revision> latest(UUID declaration, MessageType type) {
		return jdbc.sql("""
				SELECT revision, body FROM customs_outbox WHERE declaration_id = :d AND message_type = :type
				ORDER BY revision DESC LIMIT 1""")
			.param("d", declaration)
			.param("type", type.name())
			.query((rs, n) -> new Revision(rs.getInt("revision"), rs.getString("body")))
			.optional();
	}

	record Revision(int revision, String body) {
	}

	/**
	 * Gives up on a message after too many failed attempts: it is no longer sent, and the
	 * operator sees it (with its last error) until it is sent again by hand.
	 */
	void giveUp(UUID id, String error) {
		jdbc.sql(
				"UPDATE customs_outbox SET status = 'GAVE_UP', last_error = :error WHERE id = :id AND status = 'PENDING'")
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("id", id)
			.update();
	}

	/**
	 * Messages given up on, oldest first: what the operator must look at; those of one
	 * destination hub's declarations, or of every hub when {@code hub} is null.
	 */
	PageOf<Stuck> gaveUp(@Nullable HubCode hub, PageRequest page) {
		String from = """
				 FROM customs_outbox o JOIN customs_declaration d ON d.id = o.declaration_id
				WHERE o.status = 'GAVE_UP' AND (:all = TRUE OR d.destination_hub = :hub)""";
		long total = jdbc.sql("SELECT COUNT(*)" + from)
			.param("all", hub == null)
			.param("hub", hub == null ? "" : hub.value())
			.query(Long.class)
			.single();
		List<Stuck> items = jdbc.sql("""
				SELECT o.message_type, o.guid, o.attempts, o.last_error, d.id AS declaration_id, d.order_no,
				  d.destination_hub""" + from + " ORDER BY o.next_attempt_at, o.id LIMIT :limit OFFSET :offset")
			.param("all", hub == null)
			.param("hub", hub == null ? "" : hub.value())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Stuck(rs.getObject("declaration_id", UUID.class), rs.getString("order_no"),
					HubCode.of(rs.getString("destination_hub")), MessageType.valueOf(rs.getString("message_type")),
					rs.getString("guid"), rs.getInt("attempts"), rs.getString("last_error")))
			.list();
		return PageOf.of(items, page, total);
	}

	/** A message Isoko stopped trying to send. */
	record Stuck(UUID declaration, String orderNo, HubCode destinationHub, MessageType type, String guid, int attempts,
			@Nullable String lastError) {
	}

	/**
	 * Sends the messages given up on again, from now: those of one destination hub's
	 * declarations, or of every hub when {@code hub} is null; returns how many.
	 */
	int retryGivenUp(@Nullable HubCode hub, Instant at) {
		return jdbc
			.sql("""
					UPDATE customs_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :at, written_by = :instance
					WHERE status = 'GAVE_UP' AND (:all = TRUE OR declaration_id IN (
					  SELECT id FROM customs_declaration WHERE destination_hub = :hub))""")
			.param("at", SqlTimes.utc(at))
			.param("instance", instance)
			.param("all", hub == null)
			.param("hub", hub == null ? "" : hub.value())
			.update();
	}

	void retryAt(UUID id, Instant next, String error) {
		jdbc.sql("UPDATE customs_outbox SET next_attempt_at = :next, last_error = :error WHERE id = :id")
			.param("next", SqlTimes.utc(next))
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("id", id)
			.update();
	}

	/** A receipt answered the declaration's message of this type. */
	void answered(UUID declaration, MessageType type, boolean accepted, String info) {
		jdbc.sql("""
				UPDATE customs_outbox SET status = :status, last_error = :info
				WHERE declaration_id = :d AND message_type = :type""")
			.param("status", accepted ? "ACKNOWLEDGED" : "FAILED")
			.param("info", accepted ? null : info)
			.param("d", declaration)
			.param("type", type.name())
			.update();
	}

	/**
	 * The declarations a CEB900 names: the one whose message has this guid, or every one
	 * with a document in the batch of this guid (customs refused the batch whole).
	 */
	List<Declaration> refusedBy(String guid) {
		return jdbc.sql("""
				SELECT * FROM customs_declaration WHERE id IN (
				  SELECT declaration_id FROM customs_outbox WHERE guid = :ref OR batch_guid = :ref)""")
			.param("ref", guid)
			.query(DeclarationStore::declaration)
			.list();
	}

	/**
	 * Several declarations' messages acknowledged at once ({@link #answered} in one JDBC
	 * batch): entered (120) or refused by customs, with its reason.
	 */
	void answered(List<Answer> answers) {
		if (answers.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				UPDATE customs_outbox SET status = :status, last_error = :info
				WHERE declaration_id = :d AND message_type = :type""",
				answers.stream()
					.map(a -> new MapSqlParameterSource().addValue("status", a.accepted() ? "ACKNOWLEDGED" : "FAILED")
						.addValue("info", a.accepted() ? null : a.info())
						.addValue("d", a.declaration())
						.addValue("type", a.type().name()))
					.toArray(SqlParameterSource[]::new));
	}

	record Answer(UUID declaration, MessageType type, boolean accepted, String info) {
	}

	/**
	 * A declaration's message of this guid, or its messages in the batch of this guid,
	 * failed (customs could not read them), except those customs acknowledged: a late
	 * format error does not undo an acceptance. Returns how many failed.
	 */
	int failedByGuid(UUID declaration, String guid, String info) {
		return jdbc.sql("""
				UPDATE customs_outbox SET status = 'FAILED', last_error = :info
				WHERE declaration_id = :d AND (guid = :guid OR batch_guid = :guid) AND status <> 'ACKNOWLEDGED'""")
			.param("info", info.length() > 1000 ? info.substring(0, 1000) : info)
			.param("d", declaration)
			.param("guid", guid)
			.update();
	}

	// ---- the seller's corrections of the waybill's weight

	record Correction(UUID id, UUID declaration, int revision, long previousGrams, long correctedGrams,
			String messageGuid, UUID by, String byName, Instant at) {
	}

	void insert(Correction c) {
		jdbc.sql("""
				INSERT INTO customs_waybill_correction (id, declaration_id, revision, previous_grams, corrected_grams,
				  message_guid, corrected_by, corrected_by_name, corrected_at)
				VALUES (:id, :d, :revision, :previous, :corrected, :guid, :by, :byName, :at)""")
			.param("id", c.id())
			.param("d", c.declaration())
			.param("revision", c.revision())
			.param("previous", c.previousGrams())
			.param("corrected", c.correctedGrams())
			.param("guid", c.messageGuid())
			.param("by", c.by())
			.param("byName", c.byName())
			.param("at", SqlTimes.utc(c.at()))
			.update();
	}

	/** A declaration's corrections, oldest first. */
	List<Correction> corrections(UUID declaration) {
		return jdbc.sql("SELECT * FROM customs_waybill_correction WHERE declaration_id = :d ORDER BY revision")
			.param("d", declaration)
			.query((rs, n) -> new Correction(rs.getObject("id", UUID.class), rs.getObject("declaration_id", UUID.class),
					rs.getInt("revision"), rs.getLong("previous_grams"), rs.getLong("corrected_grams"),
					rs.getString("message_guid"), rs.getObject("corrected_by", UUID.class),
					rs.getString("corrected_by_name"), SqlTimes.instant(rs, "corrected_at")))
			.list();
	}

	// ---- receipts

	/**
	 * Records the lines of a receipt message once each (as {@link #receiptIsNew}, in one
	 * JDBC batch); for each, whether it is new (false: its guid was seen before).
	 */
	boolean[] receiptsAreNew(List<Receipt> receipts, List<@Nullable UUID> declarations, Instant at) {
		SqlParameterSource[] rows = new SqlParameterSource[receipts.size()];
		for (int i = 0; i < rows.length; i++) {
			Receipt r = receipts.get(i);
			rows[i] = new MapSqlParameterSource().addValue("guid", r.guid())
				.addValue("d", declarations.get(i))
				.addValue("type", r.type().name())
				.addValue("ref", r.reference())
				.addValue("status", r.returnStatus())
				.addValue("info", r.returnInfo().length() > 2000 ? r.returnInfo().substring(0, 2000) : r.returnInfo())
				.addValue("time", SqlTimes.utc(r.returnTime()))
				.addValue("at", SqlTimes.utc(at));
		}
		int[] added = batch.batchUpdate("""
				INSERT INTO customs_receipt (guid, declaration_id, message_type, reference, return_status, return_info,
				  return_time, received_at)
				SELECT :guid, :d, :type, :ref, :status, :info, :time, :at
				WHERE NOT EXISTS (SELECT 1 FROM customs_receipt WHERE guid = :guid)""", rows);
		boolean[] fresh = new boolean[added.length];
		for (int i = 0; i < added.length; i++) {
			if (added[i] == java.sql.Statement.SUCCESS_NO_INFO) {
				throw new IllegalStateException("The database did not count the receipts recorded");
			}
			fresh[i] = added[i] == 1;
		}
		return fresh;
	}

	/** Records a receipt once; false when its guid was seen before. */
	boolean receiptIsNew(Receipt r, @Nullable UUID declaration, Instant at) {
		return jdbc.sql("""
				INSERT INTO customs_receipt (guid, declaration_id, message_type, reference, return_status, return_info,
				  return_time, received_at)
				SELECT :guid, :d, :type, :ref, :status, :info, :time, :at
				WHERE NOT EXISTS (SELECT 1 FROM customs_receipt WHERE guid = :guid)""")
			.param("guid", r.guid())
			.param("d", declaration)
			.param("type", r.type().name())
			.param("ref", r.reference())
			.param("status", r.returnStatus())
			.param("info", r.returnInfo().length() > 2000 ? r.returnInfo().substring(0, 2000) : r.returnInfo())
			.param("time", SqlTimes.utc(r.returnTime()))
			.param("at", SqlTimes.utc(at))
			.update() == 1;
	}

	// ---- China's electronic tax bills (CEB816)

	/** A declaration by its order number (unique). */
	Optional<Declaration> ofOrderNo(String orderNo) {
		return jdbc.sql("SELECT * FROM customs_declaration WHERE order_no = :no")
			.param("no", orderNo)
			.query(DeclarationStore::declaration)
			.optional();
	}

	/** The declarations released under this inventory number (tax bill reference). */
	List<Declaration> ofTaxBillReference(String reference) {
		return jdbc.sql("SELECT * FROM customs_declaration WHERE tax_bill_ref = :ref")
			.param("ref", reference)
			.query(DeclarationStore::declaration)
			.list();
	}

	/** A tax bill as kept: customs' amounts and the amount withheld, in fen. */
	record TaxBillRow(UUID declaration, String guid, String taxNo, String invtNo, String status, long customsTaxFen,
			long vatFen, long consumptionTaxFen, long withheldFen, boolean agrees, Instant issuedAt) {
	}

	/** Keeps a tax bill once by its number; false when that number was kept before. */
	boolean taxBillIsNew(TaxBillRow bill, Instant at) {
		return jdbc.sql("""
				INSERT INTO customs_tax_bill (id, declaration_id, guid, tax_no, invt_no, status, customs_tax_fen,
				  vat_fen, consumption_tax_fen, withheld_fen, agrees, issued_at, received_at)
				SELECT :id, :d, :guid, :taxNo, :invtNo, :status, :duty, :vat, :consumption, :withheld, :agrees,
				  :issued, :at
				WHERE NOT EXISTS (SELECT 1 FROM customs_tax_bill WHERE tax_no = :taxNo)""")
			.param("id", UUID.randomUUID())
			.param("d", bill.declaration())
			.param("guid", bill.guid())
			.param("taxNo", bill.taxNo())
			.param("invtNo", bill.invtNo())
			.param("status", bill.status())
			.param("duty", bill.customsTaxFen())
			.param("vat", bill.vatFen())
			.param("consumption", bill.consumptionTaxFen())
			.param("withheld", bill.withheldFen())
			.param("agrees", bill.agrees())
			.param("issued", SqlTimes.utc(bill.issuedAt()))
			.param("at", SqlTimes.utc(at))
			.update() == 1;
	}

	/** A kept tax bill's status, as customs gave it again (summarised, void). */
	void taxBillStatus(String taxNo, String status) {
		jdbc.sql("UPDATE customs_tax_bill SET status = :status WHERE tax_no = :taxNo")
			.param("status", status)
			.param("taxNo", taxNo)
			.update();
	}

	/**
	 * The tax bills received, latest first: those of one destination hub's declarations,
	 * or of every hub when {@code hub} is null; only those that agree or not when asked.
	 */
	PageOf<TaxBills.View> taxBills(@Nullable HubCode hub, @Nullable Boolean agrees, PageRequest page) {
		String from = """
				 FROM customs_tax_bill t JOIN customs_declaration d ON d.id = t.declaration_id
				WHERE (:any = TRUE OR t.agrees = :agrees) AND (:all = TRUE OR d.destination_hub = :hub)""";
		long total = jdbc.sql("SELECT COUNT(*)" + from)
			.param("any", agrees == null)
			.param("agrees", agrees != null && agrees)
			.param("all", hub == null)
			.param("hub", hub == null ? "" : hub.value())
			.query(Long.class)
			.single();
		List<TaxBills.View> items = jdbc
			.sql("SELECT t.*, d.order_no" + from + " ORDER BY t.received_at DESC, t.tax_no LIMIT :limit OFFSET :offset")
			.param("any", agrees == null)
			.param("agrees", agrees != null && agrees)
			.param("all", hub == null)
			.param("hub", hub == null ? "" : hub.value())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				Money duty = Money.ofMinor(rs.getLong("customs_tax_fen"), "CNY");
				Money vat = Money.ofMinor(rs.getLong("vat_fen"), "CNY");
				Money consumption = Money.ofMinor(rs.getLong("consumption_tax_fen"), "CNY");
				Money assessed = duty.plus(vat).plus(consumption);
				Money withheld = Money.ofMinor(rs.getLong("withheld_fen"), "CNY");
				return new TaxBills.View(rs.getObject("declaration_id", UUID.class), rs.getString("order_no"),
						rs.getString("tax_no"), rs.getString("invt_no"), rs.getString("status"), duty, vat, consumption,
						assessed, withheld, assessed.minus(withheld), rs.getBoolean("agrees"),
						SqlTimes.instant(rs, "issued_at"), SqlTimes.instant(rs, "received_at"));
			})
			.list();
		return PageOf.of(items, page, total);
	}

	// ---- the orderer's identity, as the messages are built (opened by BuyerIdentities)

	record BuyerIdentity(String name, String idType, String idNumber) {

		@Override
		public String toString() {
			return "BuyerIdentity[" + idType + " " + org.isoko.customs.ceb.ResidentId.masked(idNumber) + "]";
		}
	}

	/** The tax bill reference customs gave on release. */
	void taxBill(UUID declaration, String reference) {
		jdbc.sql("UPDATE customs_declaration SET tax_bill_ref = :ref WHERE id = :id")
			.param("ref", reference)
			.param("id", declaration)
			.update();
	}

	static Declaration declaration(ResultSet rs, int row) throws SQLException {
		return new Declaration(rs.getObject("id", UUID.class), new ParcelId(rs.getObject("parcel_id", UUID.class)),
				new OrderId(rs.getObject("order_id", UUID.class)), CountryCode.of(rs.getString("country")),
				HubCode.of(rs.getString("destination_hub")), rs.getString("order_no"),
				rs.getString("pay_transaction_id"), rs.getString("logistics_no"), rs.getString("cop_no"),
				rs.getString("buyer_name"), rs.getString("buyer_id_masked"),
				DeclarationStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				SqlTimes.instant(rs, "declared_at"), SqlTimes.instant(rs, "decided_at"));
	}

}
