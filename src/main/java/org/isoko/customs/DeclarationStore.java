package org.isoko.customs;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
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

	private final JdbcClient jdbc;

	/**
	 * This running instance: it sends the messages it wrote. Messages are signed when
	 * they are written, with this instance's key (drawn at each start unless configured),
	 * and several instances (or test contexts) may share one database.
	 */
	private final String instance = UUID.randomUUID().toString();

	DeclarationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		jdbc.sql("""
				INSERT INTO customs_outbox (id, declaration_id, message_type, seq, guid, body, status, next_attempt_at,
				  written_by)
				VALUES (:id, :d, :type, :seq, :guid, :body, 'PENDING', :at, :instance)""")
			.param("id", UUID.randomUUID())
			.param("instance", instance)
			.param("d", declaration)
			.param("type", type.name())
			.param("seq", seq)
			.param("guid", guid)
			.param("body", body)
			.param("at", SqlTimes.utc(at))
			.update();
	}

	List<OutboxMessage> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT * FROM customs_outbox
				WHERE status = 'PENDING' AND (written_by = :instance AND next_attempt_at <= :now
				  OR next_attempt_at <= CURRENT_TIMESTAMP - INTERVAL '%d' MINUTE)
				ORDER BY next_attempt_at, declaration_id, seq LIMIT :limit""".formatted(TAKEOVER_MINUTES))
			.param("instance", instance)
			.param("now", SqlTimes.utc(now))
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

	/** Sent; unless a receipt (which can come first) already answered it. */
	void sent(UUID id, Instant at) {
		jdbc.sql(
				"UPDATE customs_outbox SET status = 'SENT', sent_at = :at, last_error = NULL WHERE id = :id AND status = 'PENDING'")
			.param("at", SqlTimes.utc(at))
			.param("id", id)
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

	void failedByGuid(String guid, String info) {
		jdbc.sql("UPDATE customs_outbox SET status = 'FAILED', last_error = :info WHERE guid = :guid")
			.param("info", info.length() > 1000 ? info.substring(0, 1000) : info)
			.param("guid", guid)
			.update();
	}

	// ---- receipts

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
