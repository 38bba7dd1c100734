package org.isoko.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.catalog.LotId;
import org.isoko.identity.UserId;
import org.isoko.network.CorridorId;
import org.isoko.shared.Conflict;
import org.isoko.shared.NotFound;
import org.isoko.shared.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cart lines, one row per buyer, lot and corridor. Every statement names the buyer, so
 * nobody touches another's cart.
 */
@Repository
class CartStore {

	static final int MAX_LINES = 50;

	private final JdbcClient jdbc;

	CartStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record CartLine(UUID id, LotId lot, CorridorId corridor, int quantity, Instant addedAt) {
	}

	List<CartLine> lines(UserId buyer) {
		return jdbc.sql("SELECT * FROM ordering_cart_line WHERE buyer_id = :buyer ORDER BY added_at, id")
			.param("buyer", buyer.value())
			.query((rs, row) -> new CartLine(rs.getObject("id", UUID.class),
					new LotId(rs.getObject("lot_id", UUID.class)),
					new CorridorId(rs.getObject("corridor_id", UUID.class)), rs.getInt("quantity"),
					SqlTimes.instant(rs, "added_at")))
			.list();
	}

	Optional<CartLine> line(UserId buyer, UUID id) {
		return lines(buyer).stream().filter(l -> l.id().equals(id)).findFirst();
	}

	Optional<CartLine> line(UserId buyer, LotId lot, CorridorId corridor) {
		return lines(buyer).stream().filter(l -> l.lot().equals(lot) && l.corridor().equals(corridor)).findFirst();
	}

	int count(UserId buyer) {
		return jdbc.sql("SELECT COUNT(*) FROM ordering_cart_line WHERE buyer_id = :buyer")
			.param("buyer", buyer.value())
			.query(Integer.class)
			.single();
	}

	void insert(UserId buyer, LotId lot, CorridorId corridor, int quantity, Instant now) {
		jdbc.sql("""
				INSERT INTO ordering_cart_line (id, buyer_id, lot_id, corridor_id, quantity, added_at, updated_at)
				VALUES (:id, :buyer, :lot, :corridor, :quantity, :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("buyer", buyer.value())
			.param("lot", lot.value())
			.param("corridor", corridor.value())
			.param("quantity", quantity)
			.param("now", SqlTimes.utc(now))
			.update();
	}

	void setQuantity(UserId buyer, UUID line, int quantity, Instant now) {
		int updated = jdbc.sql(
				"UPDATE ordering_cart_line SET quantity = :quantity, updated_at = :now WHERE id = :id AND buyer_id = :buyer")
			.param("quantity", quantity)
			.param("now", SqlTimes.utc(now))
			.param("id", line)
			.param("buyer", buyer.value())
			.update();
		if (updated == 0) {
			throw NotFound.of("Cart line", line);
		}
	}

	void remove(UserId buyer, UUID line) {
		int deleted = jdbc.sql("DELETE FROM ordering_cart_line WHERE id = :id AND buyer_id = :buyer")
			.param("id", line)
			.param("buyer", buyer.value())
			.update();
		if (deleted == 0) {
			throw NotFound.of("Cart line", line);
		}
	}

	/**
	 * Each line must still be there: a second checkout of the same cart (double submit,
	 * two tabs) changes nothing.
	 */
	void removeForCheckout(UserId buyer, List<UUID> lines) {
		for (UUID line : lines) {
			int deleted = jdbc.sql("DELETE FROM ordering_cart_line WHERE id = :id AND buyer_id = :buyer")
				.param("id", line)
				.param("buyer", buyer.value())
				.update();
			if (deleted == 0) {
				throw new Conflict(
						"Your cart changed while you were checking out (was it checked out in another tab?); review it and try again");
			}
		}
	}

}
