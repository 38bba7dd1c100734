package org.isoko.drops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderId;
import org.isoko.ordering.placement.IdempotencyRecords;
import org.isoko.shared.HubCode;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Drops in the ordering_drop* tables. Every change of a drop's stock is a conditional
 * UPDATE of its row (never a read followed by a write): the WHERE clause decides, so the
 * same code is correct on one instance or several.
 */
@Repository
class DropStore {

	private final JdbcClient jdbc;

	DropStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Drop drop, UserId createdBy) {
		jdbc.sql(
				"""
						INSERT INTO ordering_drop (id, title, lot_id, lot_reference, seller_id, origin_hub, quantity, remaining, per_buyer_cap, starts_at,
						  ends_at, status, returned_to_lot, created_by, created_at)
						VALUES (:id, :title, :lot, :reference, :seller, :hub, :quantity, :quantity, :cap, :startsAt, :endsAt, 'SCHEDULED', 0, :by, :at)""")
			.param("id", drop.id().value())
			.param("title", drop.title())
			.param("lot", drop.lot().value())
			.param("reference", drop.lotReference())
			.param("seller", drop.seller().value())
			.param("hub", drop.originHub().value())
			.param("quantity", drop.quantity())
			.param("cap", drop.perBuyerCap())
			.param("startsAt", SqlTimes.utc(drop.startsAt()))
			.param("endsAt", SqlTimes.utc(drop.endsAt()))
			.param("by", createdBy.value())
			.param("at", SqlTimes.utc(drop.createdAt()))
			.update();
		for (CorridorId corridor : drop.corridors()) {
			jdbc.sql("INSERT INTO ordering_drop_corridor (drop_id, corridor_id) VALUES (:drop, :corridor)")
				.param("drop", drop.id().value())
				.param("corridor", corridor.value())
				.update();
		}
	}

	/**
	 * Drops of the lot whose time window overlaps [startsAt, endsAt) and that are not
	 * closed.
	 */
	List<String> overlapping(LotId lot, Instant startsAt, Instant endsAt) {
		return jdbc
			.sql("""
					SELECT title FROM ordering_drop WHERE lot_id = :lot AND status = 'SCHEDULED' AND starts_at < :endsAt AND ends_at > :startsAt
					ORDER BY starts_at""")
			.param("lot", lot.value())
			.param("startsAt", SqlTimes.utc(startsAt))
			.param("endsAt", SqlTimes.utc(endsAt))
			.query(String.class)
			.list();
	}

	Optional<Drop> find(DropId id) {
		List<CorridorId> corridors = corridors(id);
		return jdbc.sql("SELECT * FROM ordering_drop WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> map(rs, corridors))
			.optional();
	}

	/**
	 * What a drop order must know from the database before anything else, in one read:
	 * the drop's remaining units and whether it is closed, and the earlier request of
	 * this user with this Idempotency-Key, if any. A plain read without a lock: the
	 * reservation's conditional update stays the guard, this only answers the requests
	 * that cannot succeed.
	 */
	Optional<Gate> gate(DropId id, UserId user, String operation, String key) {
		return jdbc
			.sql("""
					SELECT d.remaining, d.status, i.request_hash, i.order_id FROM ordering_drop d
					LEFT JOIN ordering_idempotency i ON i.user_id = :user AND i.operation = :operation AND i.idempotency_key = :key
					WHERE d.id = :id""")
			.param("id", id.value())
			.param("user", user.value())
			.param("operation", operation)
			.param("key", key)
			.query((rs, row) -> {
				UUID order = rs.getObject("order_id", UUID.class);
				return new Gate(rs.getInt("remaining"), "CLOSED".equals(rs.getString("status")), order == null ? null
						: new IdempotencyRecords.Claim(rs.getString("request_hash"), new OrderId(order)));
			})
			.optional();
	}

	/**
	 * One request's question to the gate: this user's earlier request with this
	 * Idempotency-Key.
	 */
	record Asked(UserId user, String key) {
	}

	/**
	 * {@link #gate} for several requests to one drop at once, in two reads whatever their
	 * number: the drop's remaining units and whether it is closed, then the earlier
	 * requests with these users' keys.
	 * @return one gate per asked request (in the same order), or empty when the drop does
	 * not exist
	 */
	Optional<List<Gate>> gates(DropId id, String operation, List<Asked> asked) {
		if (asked.size() == 1) {
			return gate(id, asked.get(0).user(), operation, asked.get(0).key()).map(List::of);
		}
		Optional<Gate> drop = jdbc.sql("SELECT remaining, status FROM ordering_drop WHERE id = :id")
			.param("id", id.value())
			.query((rs, row) -> new Gate(rs.getInt("remaining"), "CLOSED".equals(rs.getString("status")), null))
			.optional();
		if (drop.isEmpty()) {
			return Optional.empty();
		}
		// Users and keys as two lists (a superset of the pairs asked, filtered below):
		// one plan for H2 and PostgreSQL alike.
		Map<Asked, IdempotencyRecords.Claim> earlier = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT user_id, idempotency_key, request_hash, order_id FROM ordering_idempotency
				WHERE operation = :operation AND user_id IN (:users) AND idempotency_key IN (:keys)""")
			.param("operation", operation)
			.param("users", asked.stream().map(a -> a.user().value()).distinct().toList())
			.param("keys", asked.stream().map(Asked::key).distinct().toList())
			.query((rs, row) -> Map.entry(
					new Asked(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("idempotency_key")),
					new IdempotencyRecords.Claim(rs.getString("request_hash"),
							new OrderId(rs.getObject("order_id", UUID.class)))))
			.list()
			.forEach(e -> earlier.put(e.getKey(), e.getValue()));
		Gate state = drop.get();
		return Optional
			.of(asked.stream().map(a -> new Gate(state.remaining(), state.closed(), earlier.get(a))).toList());
	}

	/**
	 * @param earlier the request this user sent earlier with the same Idempotency-Key, or
	 * null
	 */
	record Gate(int remaining, boolean closed, IdempotencyRecords.@Nullable Claim earlier) {
	}

	/** The remaining units only: what the live stock fragment polls. */
	Optional<Integer> remaining(DropId id) {
		return jdbc.sql("SELECT remaining FROM ordering_drop WHERE id = :id")
			.param("id", id.value())
			.query(Integer.class)
			.optional();
	}

	/**
	 * @param hub only drops leaving from this hub; null for all
	 */
	PageOf<Drop> list(@Nullable HubCode hub, boolean openOnly, Instant now, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (hub != null) {
			where.append(" AND origin_hub = :hub");
			params.put("hub", hub.value());
		}
		if (openOnly) {
			where.append(" AND status = 'SCHEDULED' AND ends_at > :now");
			params.put("now", SqlTimes.utc(now));
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM ordering_drop" + where).params(params).query(Long.class).single();
		List<Map.Entry<UUID, Drop>> rows = new ArrayList<>();
		jdbc.sql("SELECT * FROM ordering_drop" + where + " ORDER BY starts_at, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> map(rs, List.of()))
			.list()
			.forEach(d -> rows.add(Map.entry(d.id().value(), d)));
		List<Drop> items = rows.stream().map(e -> withCorridors(e.getValue())).toList();
		return PageOf.of(items, page, total);
	}

	private Drop withCorridors(Drop drop) {
		return new Drop(drop.id(), drop.title(), drop.lot(), drop.lotReference(), drop.seller(), drop.originHub(),
				drop.quantity(), drop.remaining(), drop.perBuyerCap(), drop.startsAt(), drop.endsAt(), drop.closed(),
				drop.returnedToLot(), drop.createdAt(), drop.closedAt(), drop.closeReason(), corridors(drop.id()));
	}

	private List<CorridorId> corridors(DropId id) {
		return jdbc.sql("SELECT corridor_id FROM ordering_drop_corridor WHERE drop_id = :id ORDER BY corridor_id")
			.param("id", id.value())
			.query((rs, row) -> new CorridorId(rs.getObject("corridor_id", UUID.class)))
			.list();
	}

	/**
	 * Open drops whose end has passed: the closing job hands their leftover units back to
	 * the lot.
	 */
	List<DropId> dueForClosing(Instant now, int limit) {
		return jdbc.sql(
				"SELECT id FROM ordering_drop WHERE status = 'SCHEDULED' AND ends_at <= :now ORDER BY ends_at LIMIT :limit")
			.param("now", SqlTimes.utc(now))
			.param("limit", limit)
			.query((rs, row) -> new DropId(rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Closes the drop and moves what is left into {@code returned_to_lot} in one
	 * conditional update; of two instances closing the same drop only one matches the
	 * row.
	 * @return the units to give back to the lot, or empty when the drop was closed
	 * already (or is not due)
	 */
	Optional<Integer> close(DropId id, Instant now) {
		return close(id, now, " AND ends_at <= :now", null, null);
	}

	/**
	 * Closes an open drop now, before its end, recording who and why; otherwise as
	 * {@link #close}.
	 * @return the units to give back to the lot, or empty when the drop is closed already
	 * or its remaining units changed between the read and the update (an order or an
	 * expiry: try again)
	 */
	Optional<Integer> closeEarly(DropId id, Instant now, UserId by, String reason) {
		return close(id, now, "", by, reason);
	}

	private Optional<Integer> close(DropId id, Instant now, String due, @Nullable UserId by, @Nullable String reason) {
		Optional<Integer> left = jdbc
			.sql("SELECT remaining FROM ordering_drop WHERE id = :id AND status = 'SCHEDULED'" + due)
			.param("id", id.value())
			.param("now", SqlTimes.utc(now))
			.query(Integer.class)
			.optional();
		if (left.isEmpty()) {
			return Optional.empty();
		}
		// The WHERE repeats the remaining we read: if an order or a release changed it
		// since, nothing matches and the caller
		// tries again instead of returning a wrong number of units.
		int updated = jdbc
			.sql("""
					UPDATE ordering_drop SET status = 'CLOSED', returned_to_lot = returned_to_lot + remaining, remaining = 0, closed_at = :now,
					  closed_by = :by, close_reason = :reason
					WHERE id = :id AND status = 'SCHEDULED' AND remaining = :left""")
			.param("id", id.value())
			.param("left", left.get())
			.param("now", SqlTimes.utc(now))
			.param("by", by == null ? null : by.value())
			.param("reason", reason)
			.update();
		return updated == 1 ? left : Optional.empty();
	}

	/**
	 * Gives units back to an open drop; false when the drop is closed (the caller gives
	 * them to the lot instead).
	 */
	boolean returnToDrop(DropId id, int quantity) {
		return jdbc.sql(
				"UPDATE ordering_drop SET remaining = remaining + :q WHERE id = :id AND status = 'SCHEDULED' AND remaining + :q <= quantity")
			.param("q", quantity)
			.param("id", id.value())
			.update() == 1;
	}

	/** Records units of a closed drop's order that went back to the lot. */
	void countReturnedToLot(DropId id, int quantity) {
		jdbc.sql("UPDATE ordering_drop SET returned_to_lot = returned_to_lot + :q WHERE id = :id AND status = 'CLOSED'")
			.param("q", quantity)
			.param("id", id.value())
			.update();
	}

	/**
	 * The drop an order came from, with its buyer organisation and quantity; empty for a
	 * regular order.
	 */
	Optional<DropOrder> dropOrder(OrderId order) {
		return jdbc.sql("SELECT drop_id, buyer_organisation_id, quantity FROM ordering_drop_order WHERE order_id = :id")
			.param("id", order.value())
			.query((rs, row) -> new DropOrder(order, new DropId(rs.getObject("drop_id", UUID.class)),
					new OrganisationId(rs.getObject("buyer_organisation_id", UUID.class)), rs.getInt("quantity")))
			.optional();
	}

	record DropOrder(OrderId order, DropId drop, OrganisationId buyerOrganisation, int quantity) {
	}

	/**
	 * Gives a buyer's units back to their allowance (an expired or cancelled drop order).
	 */
	void releaseAllocation(DropId drop, OrganisationId buyer, int quantity) {
		jdbc.sql("""
				UPDATE ordering_drop_allocation SET units = units - :q
				WHERE drop_id = :drop AND buyer_organisation_id = :buyer AND units >= :q""")
			.param("q", quantity)
			.param("drop", drop.value())
			.param("buyer", buyer.value())
			.update();
	}

	int allocation(DropId drop, OrganisationId buyer) {
		return jdbc
			.sql("SELECT units FROM ordering_drop_allocation WHERE drop_id = :drop AND buyer_organisation_id = :buyer")
			.param("drop", drop.value())
			.param("buyer", buyer.value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private static Drop map(ResultSet rs, List<CorridorId> corridors) throws SQLException {
		return new Drop(new DropId(rs.getObject("id", UUID.class)), rs.getString("title"),
				new LotId(rs.getObject("lot_id", UUID.class)), rs.getString("lot_reference"),
				new OrganisationId(rs.getObject("seller_id", UUID.class)), new HubCode(rs.getString("origin_hub")),
				rs.getInt("quantity"), rs.getInt("remaining"), rs.getInt("per_buyer_cap"),
				SqlTimes.instant(rs, "starts_at"), SqlTimes.instant(rs, "ends_at"),
				"CLOSED".equals(rs.getString("status")), rs.getInt("returned_to_lot"),
				SqlTimes.instant(rs, "created_at"),
				rs.getObject("closed_at") == null ? null : SqlTimes.instant(rs, "closed_at"),
				rs.getString("close_reason"), corridors);
	}

}
