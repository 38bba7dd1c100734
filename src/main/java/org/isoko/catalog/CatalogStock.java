package org.isoko.catalog;

import org.isoko.shared.InvalidInput;
import org.isoko.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stock as conditional updates of one row per lot; see {@link Stock}. */
@Component
class CatalogStock implements Stock {

	private final JdbcClient jdbc;

	CatalogStock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void reserve(LotId lot, int quantity) {
		requirePositive(quantity);
		// The WHERE clause is the whole concurrency control: the row lock taken by the
		// UPDATE serialises buyers of
		// this lot, and a buyer who comes too late matches no row instead of driving the
		// stock below zero.
		int updated = jdbc
			.sql("UPDATE catalog_lot SET available = available - :quantity WHERE id = :id AND available >= :quantity")
			.param("quantity", quantity)
			.param("id", lot.value())
			.update();
		if (updated == 0) {
			int available = jdbc.sql("SELECT available FROM catalog_lot WHERE id = :id")
				.param("id", lot.value())
				.query(Integer.class)
				.optional()
				.orElseThrow(() -> NotFound.of("Lot", lot));
			throw new OutOfStock(lot, quantity, available);
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void release(LotId lot, int quantity) {
		requirePositive(quantity);
		int updated = jdbc.sql(
				"UPDATE catalog_lot SET available = available + :quantity WHERE id = :id AND available + :quantity <= quantity_total")
			.param("quantity", quantity)
			.param("id", lot.value())
			.update();
		if (updated == 0) {
			throw new IllegalStateException("Releasing " + quantity + " unit(s) of lot " + lot
					+ " would exceed its total: a reservation was released twice");
		}
	}

	/** Adds units to a lot (a new delivery from the producers). */
	@Transactional
	void restock(LotId lot, int quantity) {
		requirePositive(quantity);
		jdbc.sql(
				"UPDATE catalog_lot SET available = available + :quantity, quantity_total = quantity_total + :quantity WHERE id = :id")
			.param("quantity", quantity)
			.param("id", lot.value())
			.update();
	}

	/**
	 * Takes unreserved units off sale (damaged, sold elsewhere); refused when fewer are
	 * unreserved.
	 */
	@Transactional
	void withdraw(LotId lot, int quantity) {
		requirePositive(quantity);
		int updated = jdbc.sql("""
				UPDATE catalog_lot SET available = available - :quantity, quantity_total = quantity_total - :quantity
				WHERE id = :id AND available >= :quantity""")
			.param("quantity", quantity)
			.param("id", lot.value())
			.update();
		if (updated == 0) {
			int available = jdbc.sql("SELECT available FROM catalog_lot WHERE id = :id")
				.param("id", lot.value())
				.query(Integer.class)
				.optional()
				.orElseThrow(() -> NotFound.of("Lot", lot));
			throw new InvalidInput("quantity", "Only " + available + " unreserved unit(s) can be withdrawn");
		}
	}

	private static void requirePositive(int quantity) {
		if (quantity < 1) {
			throw new InvalidInput("quantity", "quantity must be a whole number of at least 1, got " + quantity);
		}
	}

}
