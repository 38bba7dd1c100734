package org.isoko.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

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
	public void reserveAll(Map<LotId, Integer> quantities) {
		quantities.values().forEach(CatalogStock::requirePositive);
		if (quantities.size() == 1) {
			Map.Entry<LotId, Integer> only = quantities.entrySet().iterator().next();
			reserve(only.getKey(), only.getValue());
			return;
		}
		List<UUID> ids = quantities.keySet().stream().map(LotId::value).toList();
		// Two statements for any number of lots. First the rows are locked in id order
		// (the database's), so two orders that share lots lock them in one order and
		// cannot deadlock, and the units left are read under the lock: a lot short of
		// units is named without touching any row.
		Map<UUID, Integer> available = new HashMap<>();
		jdbc.sql("SELECT id, available FROM catalog_lot WHERE id IN (:ids) ORDER BY id FOR UPDATE")
			.param("ids", ids)
			.query(rs -> {
				available.put(rs.getObject("id", UUID.class), rs.getInt("available"));
			});
		quantities.entrySet().stream().sorted(Comparator.comparing(line -> line.getKey().value())).forEach(line -> {
			Integer left = available.get(line.getKey().value());
			if (left == null) {
				throw NotFound.of("Lot", line.getKey());
			}
			if (left < line.getValue()) {
				throw new OutOfStock(line.getKey(), line.getValue(), left);
			}
		});
		// Then one conditional update for all rows, the same condition as reserve(): the
		// locks make it match every row; the CHECK on available would stop it otherwise.
		take(quantities);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Optional<OutOfStock>> reserveEach(List<Map<LotId, Integer>> orders) {
		orders.forEach(order -> order.values().forEach(CatalogStock::requirePositive));
		// One lock statement for every lot of the batch, in id order as reserveAll()
		// takes them: a batch and a single order that share lots lock them in one order.
		Map<UUID, Integer> left = new HashMap<>();
		List<UUID> ids = orders.stream()
			.flatMap(order -> order.keySet().stream())
			.map(LotId::value)
			.distinct()
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("SELECT id, available FROM catalog_lot WHERE id IN (:ids) ORDER BY id FOR UPDATE")
			.param("ids", ids)
			.query(rs -> {
				left.put(rs.getObject("id", UUID.class), rs.getInt("available"));
			});
		List<Optional<OutOfStock>> answers = new ArrayList<>();
		Map<LotId, Integer> taken = new TreeMap<>(Comparator.comparing(LotId::value));
		for (Map<LotId, Integer> order : orders) {
			Optional<OutOfStock> shortLot = order.entrySet()
				.stream()
				.sorted(Comparator.comparing(line -> line.getKey().value()))
				.filter(line -> left.getOrDefault(line.getKey().value(), 0) < line.getValue())
				.findFirst()
				.map(line -> new OutOfStock(line.getKey(), line.getValue(),
						left.getOrDefault(line.getKey().value(), 0)));
			if (shortLot.isEmpty()) {
				order.forEach((lot, quantity) -> {
					left.merge(lot.value(), -quantity, Integer::sum);
					taken.merge(lot, quantity, Integer::sum);
				});
			}
			answers.add(shortLot);
		}
		if (!taken.isEmpty()) {
			take(taken);
		}
		return answers;
	}

	/**
	 * One conditional update of the locked rows for what is taken of each: the locks make
	 * it match every row; the CHECK on available would stop it otherwise.
	 */
	private void take(Map<LotId, Integer> quantities) {
		StringBuilder take = new StringBuilder("CASE id");
		Map<String, Object> params = new HashMap<>();
		int i = 0;
		for (Map.Entry<LotId, Integer> line : quantities.entrySet()) {
			take.append(" WHEN CAST(:id").append(i).append(" AS UUID) THEN CAST(:q").append(i).append(" AS INTEGER)");
			params.put("id" + i, line.getKey().value());
			params.put("q" + i, line.getValue());
			i++;
		}
		take.append(" END");
		List<UUID> ids = quantities.keySet().stream().map(LotId::value).toList();
		int updated = jdbc
			.sql("UPDATE catalog_lot SET available = available - " + take + " WHERE id IN (:ids) AND available >= "
					+ take)
			.params(params)
			.param("ids", ids)
			.update();
		if (updated != quantities.size()) {
			throw new IllegalStateException(
					"Reserved " + updated + " of " + quantities.size() + " locked lots: " + quantities.keySet());
		}
	}

	private int available(LotId lot) {
		return jdbc.sql("SELECT available FROM catalog_lot WHERE id = :id")
			.param("id", lot.value())
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> NotFound.of("Lot", lot));
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
