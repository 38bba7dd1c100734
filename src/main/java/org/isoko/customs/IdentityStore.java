package org.isoko.customs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The orderers' identities (sealed), the orders declared with them, and their history.
 */
@Repository
class IdentityStore {

	private final JdbcClient jdbc;

	IdentityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored identity; the sealed values are null once erased. */
	record Row(UUID id, UserId user, String idType, @Nullable String nameSealed, @Nullable String idNumberSealed,
			String masked, Instant createdAt, @Nullable Instant erasedAt) {
	}

	void insert(Row row, String source) {
		jdbc.sql("""
				INSERT INTO customs_orderer_identity (id, user_id, id_type, name_sealed, id_number_sealed,
				  id_number_masked, source, created_at)
				VALUES (:id, :user, :type, :name, :number, :masked, :source, :at)""")
			.param("id", row.id())
			.param("user", row.user().value())
			.param("type", row.idType())
			.param("name", row.nameSealed())
			.param("number", row.idNumberSealed())
			.param("masked", row.masked())
			.param("source", source)
			.param("at", SqlTimes.utc(row.createdAt()))
			.update();
	}

	/** The user's identities not erased, newest first. */
	List<Row> ofUser(UserId user) {
		return jdbc.sql("""
				SELECT * FROM customs_orderer_identity WHERE user_id = :u AND erased_at IS NULL
				ORDER BY created_at DESC, id""").param("u", user.value()).query(IdentityStore::row).list();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT * FROM customs_orderer_identity WHERE id = :id")
			.param("id", id)
			.query(IdentityStore::row)
			.optional();
	}

	Optional<Row> ofOrder(OrderId order) {
		return jdbc.sql("""
				SELECT i.* FROM customs_orderer_identity i JOIN customs_order_orderer o ON o.identity_id = i.id
				WHERE o.order_id = :o""").param("o", order.value()).query(IdentityStore::row).optional();
	}

	/** Links an order to an identity once; false when the order had one already. */
	boolean link(OrderId order, UUID identity, Instant at) {
		return jdbc.sql("""
				INSERT INTO customs_order_orderer (order_id, identity_id, linked_at)
				SELECT :o, :i, :at WHERE NOT EXISTS (SELECT 1 FROM customs_order_orderer WHERE order_id = :o)""")
			.param("o", order.value())
			.param("i", identity)
			.param("at", SqlTimes.utc(at))
			.update() == 1;
	}

	/** The order was cleared, or ended without import: its retention starts. */
	void ended(OrderId order, Instant at) {
		jdbc.sql("UPDATE customs_order_orderer SET ended_at = :at WHERE order_id = :o AND ended_at IS NULL")
			.param("at", SqlTimes.utc(at))
			.param("o", order.value())
			.update();
	}

	/**
	 * Identities due for erasure: not erased, declared for at least one order, and every
	 * order declared with them ended before {@code endedBefore}.
	 */
	List<UUID> dueForErasure(Instant endedBefore, int limit) {
		return jdbc.sql("""
				SELECT i.id FROM customs_orderer_identity i
				WHERE i.erased_at IS NULL
				  AND EXISTS (SELECT 1 FROM customs_order_orderer o WHERE o.identity_id = i.id)
				  AND NOT EXISTS (SELECT 1 FROM customs_order_orderer o WHERE o.identity_id = i.id
				    AND (o.ended_at IS NULL OR o.ended_at > :before))
				ORDER BY i.created_at LIMIT :limit""")
			.param("before", SqlTimes.utc(endedBefore))
			.param("limit", limit)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list();
	}

	/** Erases the sealed values; false when another run erased them first. */
	boolean erase(UUID identity, Instant at) {
		return jdbc.sql("""
				UPDATE customs_orderer_identity SET name_sealed = NULL, id_number_sealed = NULL, erased_at = :at
				WHERE id = :id AND erased_at IS NULL""")
			.param("at", SqlTimes.utc(at))
			.param("id", identity)
			.update() == 1;
	}

	/**
	 * The full identity also travels in the signed messages of the orders' declarations:
	 * once they are answered and the retention is over, their bodies go too; the
	 * declaration keeps the masked number and the name masked.
	 */
	void eraseFromDeclarations(UUID identity, String maskedName) {
		jdbc.sql("""
				UPDATE customs_outbox SET body = '(erased)' WHERE declaration_id IN (
				  SELECT d.id FROM customs_declaration d JOIN customs_order_orderer o ON o.order_id = d.order_id
				  WHERE o.identity_id = :i)""").param("i", identity).update();
		jdbc.sql("""
				UPDATE customs_declaration SET buyer_name = :name WHERE order_id IN (
				  SELECT order_id FROM customs_order_orderer WHERE identity_id = :i)""")
			.param("name", maskedName)
			.param("i", identity)
			.update();
	}

	void event(UUID identity, String event, @Nullable OrderId order, String actor, Instant at) {
		jdbc.sql("""
				INSERT INTO customs_identity_event (id, identity_id, event, order_id, actor, occurred_at)
				VALUES (:id, :i, :event, :o, :actor, :at)""")
			.param("id", UUID.randomUUID())
			.param("i", identity)
			.param("event", event)
			.param("o", order == null ? null : order.value())
			.param("actor", actor)
			.param("at", SqlTimes.utc(at))
			.update();
	}

	/** An identity's history, oldest first: event names. */
	List<String> events(UUID identity) {
		return jdbc.sql("SELECT event FROM customs_identity_event WHERE identity_id = :i ORDER BY occurred_at, event")
			.param("i", identity)
			.query(String.class)
			.list();
	}

	// ---- the interim table, emptied into this one at start

	record Interim(UserId user, String name, String idType, String idNumber) {
	}

	List<Interim> interim() {
		return jdbc.sql("SELECT user_id, name, id_type, id_number FROM customs_buyer_identity")
			.query((rs, n) -> new Interim(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("name"),
					rs.getString("id_type"), rs.getString("id_number")))
			.list();
	}

	void deleteInterim(UserId user) {
		jdbc.sql("DELETE FROM customs_buyer_identity WHERE user_id = :u").param("u", user.value()).update();
	}

	// ---- key rotation

	/**
	 * Identities not erased with a value not sealed under {@code sealedPrefix} (the
	 * current key's), after {@code after} in id order, at most {@code limit}.
	 */
	List<Row> sealedOtherwise(String sealedPrefix, @Nullable UUID after, int limit) {
		return jdbc.sql("""
				SELECT * FROM customs_orderer_identity
				WHERE erased_at IS NULL AND name_sealed IS NOT NULL
				  AND (name_sealed NOT LIKE :p OR id_number_sealed NOT LIKE :p)
				  AND (CAST(:after AS UUID) IS NULL OR id > :after)
				ORDER BY id LIMIT :limit""")
			.param("p", sealedPrefix + "%")
			.param("after", after)
			.param("limit", limit)
			.query(IdentityStore::row)
			.list();
	}

	/**
	 * Replaces an identity's sealed values with the same values sealed again; false when
	 * they changed meanwhile (erased, or sealed again by another instance).
	 */
	boolean reseal(Row row, String name, String idNumber) {
		return jdbc.sql("""
				UPDATE customs_orderer_identity SET name_sealed = :name, id_number_sealed = :number
				WHERE id = :id AND erased_at IS NULL AND name_sealed = :oldName AND id_number_sealed = :oldNumber""")
			.param("id", row.id())
			.param("name", name)
			.param("number", idNumber)
			.param("oldName", row.nameSealed())
			.param("oldNumber", row.idNumberSealed())
			.update() == 1;
	}

	void rotationRun(String keyId, Instant startedAt, Instant finishedAt, int resealed, int unreadable) {
		jdbc.sql("""
				INSERT INTO customs_identity_key_rotation (id, key_id, started_at, finished_at, resealed, unreadable)
				VALUES (:id, :key, :started, :finished, :resealed, :unreadable)""")
			.param("id", UUID.randomUUID())
			.param("key", keyId)
			.param("started", SqlTimes.utc(startedAt))
			.param("finished", SqlTimes.utc(finishedAt))
			.param("resealed", resealed)
			.param("unreadable", unreadable)
			.update();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
				rs.getString("id_type"), rs.getString("name_sealed"), rs.getString("id_number_sealed"),
				rs.getString("id_number_masked"), SqlTimes.instant(rs, "created_at"),
				SqlTimes.instant(rs, "erased_at"));
	}

}
