package org.isoko.drops;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.placement.OrderBatches;
import org.isoko.shared.SqlTimes;
import org.isoko.trade.CrossBorderQuota;
import org.isoko.trade.QuotaUse;
import org.isoko.ordering.OrdererIdentities;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database work of the reservation hot path: one transaction for a whole batch of
 * claims, on one drop or on several (a batch takes whatever its lane gathered, see
 * {@link DropGroupCommit}).
 * <ol>
 * <li>Idempotency-Keys are claimed ({@code INSERT … ON CONFLICT DO NOTHING}; a key
 * already there is answered with the earlier order).</li>
 * <li>Each buyer organisation's allowance is charged by a conditional update of its
 * (drop, buyer) row ({@code units + n <= cap}), in (drop, buyer) order so that concurrent
 * transactions lock these rows in the same order.</li>
 * <li>The orders of the claims within their cap are inserted with JDBC batches (lines,
 * history, drop links), before any stock row is touched: they are most of the work, and a
 * stock row stays locked from its update to the commit.</li>
 * <li>Each drop's stock row is updated <b>once</b> for the sum of its claims in the
 * batch, drops in id order: {@code remaining = remaining - :n WHERE remaining >= :n} and
 * the drop is live. When fewer units are left, the earliest claims that fit are served
 * and the update is retried with their sum; the others are sold out.</li>
 * <li>The winners that fall under China's cross-border retail limits are counted against
 * their buyer's annual limit ({@link CrossBorderQuota#consumeAll}, conditional updates
 * that never throw); a claim that would pass it gets nothing and its units go back to the
 * drop row in the same transaction.</li>
 * <li>Claims that got nothing give their allowance and key back and their orders are
 * deleted; the winners' events are published in the same transaction.</li>
 * </ol>
 * The conditional updates are the whole concurrency control, so several Isoko instances
 * sharing one database stay correct: none of them can drive {@code remaining} or a
 * buyer's units past their bounds (the CHECK constraints are the last line of defence).
 * With {@code lockFirst} the drop row is instead read with {@code SELECT … FOR UPDATE}
 * before the update and the order written after it: the naive strategy, kept for
 * comparison.
 */
@Component
class DropReservationWriter {

	static final String OPERATION = "place-drop-order";

	private final NamedParameterJdbcTemplate jdbc;

	private final OrderBatches orders;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final CrossBorderQuota quota;

	private final Clock clock;

	private final ObjectProvider<OrdererIdentities> identities;

	DropReservationWriter(NamedParameterJdbcTemplate jdbc, OrderBatches orders, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, CrossBorderQuota quota, Clock clock,
			ObjectProvider<OrdererIdentities> identities) {
		this.identities = identities;
		this.jdbc = jdbc;
		this.quota = quota;
		this.orders = orders;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reserves for all claims in one transaction; they may be for several drops (the
	 * batched strategy groups the claims of many drops, so that many small drops are
	 * written as efficiently as one hot one). With {@code lockFirst}: one claim.
	 * @return one outcome per claim, in the order given
	 */
	List<DropOutcome> write(List<DropClaim> claims, boolean lockFirst) {
		DropOutcome[] outcomes = new DropOutcome[claims.size()];
		if (!lockFirst) {
			// Claims keep queuing while the last units are being written, so whole
			// batches can arrive after the sell-out:
			// one plain read of their drops answers them, instead of a transaction that
			// claims keys and allowances only to
			// give them back. Only "nothing left" or "not live" is decided here; any
			// other case goes to the conditional update.
			Instant now = clock.instant();
			Map<DropId, Live> live = live(claims.stream().map(DropClaim::drop).distinct().toList());
			for (int i = 0; i < claims.size(); i++) {
				Live row = live.get(claims.get(i).drop());
				DropPhase phase = row == null ? DropPhase.ENDED : row.phase(now);
				if (phase != DropPhase.LIVE) {
					outcomes[i] = phase == DropPhase.SOLD_OUT ? new DropOutcome.SoldOut(0)
							: new DropOutcome.NotLive(phase);
				}
			}
		}
		List<Integer> open = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			if (outcomes[i] == null) {
				open.add(i);
			}
		}
		if (!open.isEmpty()) {
			List<DropClaim> toWrite = open.stream().map(claims::get).toList();
			if (lockFirst) {
				// A new allowance row holds a key-share lock on the drop row (its foreign
				// key) until commit, which two
				// transactions both waiting for SELECT … FOR UPDATE of that row would
				// deadlock on: create it beforehand, in its
				// own short transaction. (The batched strategy's UPDATE of the drop row
				// does not conflict with key-share locks.)
				ensureAllocationRows(toWrite);
			}
			List<DropOutcome> written = transactions.execute(status -> inTransaction(toWrite, lockFirst));
			for (int k = 0; k < open.size(); k++) {
				outcomes[open.get(k)] = written == null
						? new DropOutcome.Failed(new IllegalStateException("No outcome")) : written.get(k);
			}
		}
		return List.of(outcomes);
	}

	/**
	 * Claims in the order their allowance rows are locked: by drop, then buyer
	 * organisation, then arrival.
	 */
	private static Comparator<Integer> allowanceOrder(List<DropClaim> claims) {
		return Comparator.<Integer, UUID>comparing(i -> claims.get(i).drop().value())
			.thenComparing(i -> claims.get(i).buyerOrganisation().value())
			.thenComparingLong(i -> claims.get(i).arrival());
	}

	/**
	 * Creates missing (drop, buyer) allowance rows with zero units, in (drop, buyer)
	 * order like the updates that follow, so two transactions creating and charging the
	 * same fresh rows lock them in one order and cannot deadlock.
	 */
	private void ensureAllocationRows(List<DropClaim> claims) {
		Map<List<UUID>, Integer> rows = new java.util.TreeMap<>(
				Comparator.<List<UUID>, UUID>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
		claims.forEach(c -> rows.put(List.of(c.drop().value(), c.buyerOrganisation().value()), c.cap()));
		jdbc.batchUpdate(
				"""
						INSERT INTO ordering_drop_allocation (drop_id, buyer_organisation_id, units, cap) VALUES (:drop, :buyer, 0, :cap)
						ON CONFLICT DO NOTHING""",
				rows.entrySet()
					.stream()
					.map(e -> new MapSqlParameterSource().addValue("drop", e.getKey().get(0))
						.addValue("buyer", e.getKey().get(1))
						.addValue("cap", e.getValue()))
					.toArray(SqlParameterSource[]::new));
	}

	private List<DropOutcome> inTransaction(List<DropClaim> claims, boolean lockFirst) {
		Instant now = clock.instant();
		DropOutcome[] outcomes = new DropOutcome[claims.size()];
		// 1. Idempotency-Keys, in (user, key) order: a request retried at once on two
		// instances cannot deadlock them.
		List<Integer> byKey = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			byKey.add(i);
		}
		byKey.sort(Comparator.<Integer, UUID>comparing(i -> claims.get(i).user().value())
			.thenComparing(i -> claims.get(i).key()));
		int[] claimed = jdbc.batchUpdate(
				"""
						INSERT INTO ordering_idempotency (user_id, operation, idempotency_key, request_hash, order_id, created_at)
						VALUES (:user, :operation, :key, :hash, :order, :now) ON CONFLICT DO NOTHING""",
				params(byKey, claims,
						c -> new MapSqlParameterSource().addValue("user", c.user().value())
							.addValue("operation", OPERATION)
							.addValue("key", c.key())
							.addValue("hash", c.requestHash())
							.addValue("order", c.order().id().value())
							.addValue("now", SqlTimes.utc(now))));
		List<Integer> open = new ArrayList<>();
		for (int k = 0; k < byKey.size(); k++) {
			int i = byKey.get(k);
			if (claimed[k] == 0) {
				outcomes[i] = new DropOutcome.KeyTaken();
			}
			else {
				open.add(i);
			}
		}
		// 2. Allowances, in (drop, buyer) order (then arrival) so that concurrent
		// transactions lock the rows in one order.
		open.sort(allowanceOrder(claims));
		if (!open.isEmpty() && !lockFirst) {
			ensureAllocationRows(open.stream().map(claims::get).toList());
		}
		int[] charged = open.isEmpty() ? new int[0] : jdbc.batchUpdate("""
				UPDATE ordering_drop_allocation SET units = units + :q
				WHERE drop_id = :drop AND buyer_organisation_id = :buyer AND units + :q <= cap""",
				params(open, claims, DropReservationWriter::allowance));
		List<Integer> withinCap = new ArrayList<>();
		for (int k = 0; k < open.size(); k++) {
			int i = open.get(k);
			if (charged[k] == 1) {
				withinCap.add(i);
			}
			else {
				DropClaim c = claims.get(i);
				outcomes[i] = new DropOutcome.OverCap(held(c.drop(), c.buyerOrganisation()), c.cap());
			}
		}
		// 3. The orders, before the stock rows (batched strategy): the inserts are most
		// of a batch's work, and a stock row
		// stays locked from its update to the commit, so it is updated last; two batches
		// of one drop then write their
		// orders in parallel and queue only for the update and the commit. Most batches
		// are served whole; the orders of
		// the claims that do not get units (the last units of a drop, a cross-border
		// limit) are deleted below.
		List<Integer> written = lockFirst ? List.of() : List.copyOf(withinCap);
		if (!written.isEmpty()) {
			insertOrders(written.stream().map(claims::get).toList());
		}
		// 4. Each drop's stock row, once for its claims in the batch, in drop order
		// (concurrent batches lock them in one order).
		Map<DropId, List<Integer>> byDrop = new java.util.TreeMap<>(Comparator.comparing(DropId::value));
		withinCap.forEach(i -> byDrop.computeIfAbsent(claims.get(i).drop(), d -> new ArrayList<>()).add(i));
		List<Integer> served = new ArrayList<>();
		byDrop.forEach((drop, candidates) -> {
			candidates.sort(Comparator.comparingLong(i -> claims.get(i).arrival()));
			served.addAll(takeUnits(drop, candidates, claims, outcomes, now, lockFirst));
		});
		// 5. China's cross-border retail annual limit, per buyer, after the drop row: the
		// order in which an expiring drop
		// order locks them too (allowance, drop, quota), so the two cannot deadlock. What
		// a refused claim took from the
		// drop row goes back to it at once (the row is ours until commit).
		List<Integer> counted = served.stream().filter(i -> claims.get(i).crossBorderQuota() != null).toList();
		if (!counted.isEmpty()) {
			List<Optional<QuotaUse>> uses = quota.consumeAll(counted.stream()
				.map(i -> new CrossBorderQuota.Claim(claims.get(i).user(), claims.get(i).order().id().value(),
						claims.get(i).crossBorderQuota()))
				.toList());
			List<Integer> overQuota = new ArrayList<>();
			for (int k = 0; k < counted.size(); k++) {
				if (uses.get(k).isEmpty()) {
					overQuota.add(counted.get(k));
					outcomes[counted.get(k)] = new DropOutcome.OverQuota();
				}
			}
			if (!overQuota.isEmpty()) {
				served.removeAll(overQuota);
				Map<DropId, List<Integer>> back = new java.util.TreeMap<>(Comparator.comparing(DropId::value));
				overQuota.forEach(i -> back.computeIfAbsent(claims.get(i).drop(), d -> new ArrayList<>()).add(i));
				back.forEach((drop, given) -> jdbc.update(
						"UPDATE ordering_drop SET remaining = remaining + :n WHERE id = :id",
						new MapSqlParameterSource().addValue("n", sum(given, claims)).addValue("id", drop.value())));
			}
		}
		// 6. Give back what the losers were charged, remove their orders if written, then
		// write the winners (naive strategy).
		List<Integer> losers = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			if (outcomes[i] != null && !(outcomes[i] instanceof DropOutcome.KeyTaken)) {
				losers.add(i);
			}
		}
		List<Integer> chargedLosers = losers.stream()
			.filter(withinCap::contains)
			.sorted(allowanceOrder(claims))
			.toList();
		if (!chargedLosers.isEmpty()) {
			jdbc.batchUpdate("""
					UPDATE ordering_drop_allocation SET units = units - :q
					WHERE drop_id = :drop AND buyer_organisation_id = :buyer AND units >= :q""",
					params(chargedLosers, claims, DropReservationWriter::allowance));
		}
		if (!losers.isEmpty()) {
			jdbc.batchUpdate(
					"DELETE FROM ordering_idempotency WHERE user_id = :user AND operation = :operation AND idempotency_key = :key",
					params(losers, claims,
							c -> new MapSqlParameterSource().addValue("user", c.user().value())
								.addValue("operation", OPERATION)
								.addValue("key", c.key())));
		}
		List<DropClaim> unplaced = losers.stream().filter(written::contains).map(claims::get).toList();
		if (!unplaced.isEmpty()) {
			deleteOrders(unplaced);
		}
		if (!served.isEmpty()) {
			if (lockFirst) {
				insertOrders(served.stream().map(claims::get).toList());
			}
			keepOrderers(served.stream().map(claims::get).toList(), now);
			for (int i : served) {
				outcomes[i] = new DropOutcome.Placed(claims.get(i).order());
				claims.get(i).order().events().forEach(events::publishEvent);
			}
		}
		List<DropOutcome> result = new ArrayList<>();
		for (DropOutcome outcome : outcomes) {
			result.add(outcome);
		}
		return result;
	}

	/**
	 * Takes units for as many claims as fit, earliest first, with one conditional update
	 * (a few when another instance takes units between our read of what is left and our
	 * update). Sets the outcome of every claim it cannot serve.
	 * @return the indexes of the served claims
	 */
	private List<Integer> takeUnits(DropId drop, List<Integer> candidates, List<DropClaim> claims,
			DropOutcome[] outcomes, Instant now, boolean lockFirst) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		List<Integer> chosen = new ArrayList<>(candidates);
		if (lockFirst) {
			// The naive way: lock the row, read it, decide, then update it (one order per
			// transaction in that strategy).
			Optional<Live> row = jdbc
				.query("SELECT remaining, status, starts_at, ends_at FROM ordering_drop WHERE id = :id FOR UPDATE",
						Map.of("id", drop.value()),
						(rs, n) -> new Live(rs.getInt("remaining"), rs.getString("status"),
								SqlTimes.instant(rs, "starts_at"), SqlTimes.instant(rs, "ends_at")))
				.stream()
				.findFirst();
			DropPhase phase = row.map(r -> r.phase(now)).orElse(DropPhase.ENDED);
			if (phase != DropPhase.LIVE && phase != DropPhase.SOLD_OUT) {
				chosen.forEach(i -> outcomes[i] = new DropOutcome.NotLive(phase));
				return List.of();
			}
			chosen = fit(chosen, claims, row.get().remaining(), outcomes);
			int units = sum(chosen, claims);
			if (units > 0) {
				jdbc.update("UPDATE ordering_drop SET remaining = remaining - :n WHERE id = :id",
						Map.of("n", units, "id", drop.value()));
			}
			return chosen;
		}
		for (int attempt = 0; attempt < 20 && !chosen.isEmpty(); attempt++) {
			int units = sum(chosen, claims);
			int updated = jdbc
				.update("""
						UPDATE ordering_drop SET remaining = remaining - :n
						WHERE id = :id AND remaining >= :n AND status = 'SCHEDULED' AND starts_at <= :now AND ends_at > :now""",
						new MapSqlParameterSource().addValue("n", units)
							.addValue("id", drop.value())
							.addValue("now", SqlTimes.utc(now)));
			if (updated == 1) {
				return chosen;
			}
			// Not enough left (or the drop is not live): read what is left, without a
			// lock, and try again with the
			// earliest claims that fit. The conditional update stays the guard; this read
			// only picks the next guess.
			Optional<Live> row = jdbc
				.query("SELECT remaining, status, starts_at, ends_at FROM ordering_drop WHERE id = :id",
						Map.of("id", drop.value()),
						(rs, n) -> new Live(rs.getInt("remaining"), rs.getString("status"),
								SqlTimes.instant(rs, "starts_at"), SqlTimes.instant(rs, "ends_at")))
				.stream()
				.findFirst();
			DropPhase phase = row.map(r -> r.phase(now)).orElse(DropPhase.ENDED);
			if (phase != DropPhase.LIVE && phase != DropPhase.SOLD_OUT) {
				chosen.forEach(i -> outcomes[i] = new DropOutcome.NotLive(phase));
				return List.of();
			}
			chosen = fit(chosen, claims, row.get().remaining(), outcomes);
		}
		// Still racing after many attempts (only under extreme contention from other
		// instances): the rest is sold out.
		chosen.forEach(i -> outcomes[i] = new DropOutcome.SoldOut(0));
		return List.of();
	}

	/**
	 * The earliest claims whose quantities fit into {@code left}; the others are sold
	 * out.
	 */
	private static List<Integer> fit(List<Integer> candidates, List<DropClaim> claims, int left,
			DropOutcome[] outcomes) {
		List<Integer> fitting = new ArrayList<>();
		int room = left;
		for (int i : candidates) {
			int q = claims.get(i).quantity();
			if (q <= room) {
				fitting.add(i);
				room -= q;
			}
			else {
				outcomes[i] = new DropOutcome.SoldOut(room); // what is left once the
																// earlier claims are
																// served
			}
		}
		return fitting;
	}

	private static int sum(List<Integer> indexes, List<DropClaim> claims) {
		return indexes.stream().mapToInt(i -> claims.get(i).quantity()).sum();
	}

	private record Live(int remaining, String status, Instant startsAt, Instant endsAt) {
		DropPhase phase(Instant now) {
			if (now.isBefore(startsAt)) {
				return DropPhase.UPCOMING;
			}
			if (!"SCHEDULED".equals(status) || !now.isBefore(endsAt)) {
				return DropPhase.ENDED;
			}
			return remaining == 0 ? DropPhase.SOLD_OUT : DropPhase.LIVE;
		}
	}

	private Map<DropId, Live> live(List<DropId> drops) {
		Map<DropId, Live> rows = new java.util.HashMap<>();
		jdbc.query("SELECT id, remaining, status, starts_at, ends_at FROM ordering_drop WHERE id IN (:ids)",
				Map.of("ids", drops.stream().map(DropId::value).toList()), rs -> {
					rows.put(new DropId(rs.getObject("id", UUID.class)),
							new Live(rs.getInt("remaining"), rs.getString("status"), SqlTimes.instant(rs, "starts_at"),
									SqlTimes.instant(rs, "ends_at")));
				});
		return rows;
	}

	private int held(DropId drop, OrganisationId buyer) {
		return jdbc.query(
				"SELECT units FROM ordering_drop_allocation WHERE drop_id = :drop AND buyer_organisation_id = :buyer",
				Map.of("drop", drop.value(), "buyer", buyer.value()), (rs, n) -> rs.getInt(1))
			.stream()
			.findFirst()
			.orElse(0);
	}

	private static MapSqlParameterSource allowance(DropClaim c) {
		return new MapSqlParameterSource().addValue("q", c.quantity())
			.addValue("drop", c.drop().value())
			.addValue("buyer", c.buyerOrganisation().value());
	}

	/**
	 * The orderers' identities of the winners under cross-border retail, kept with their
	 * orders (checked before the claim, so this does not refuse; if it did, the whole
	 * batch would fail and its buyers retry with their Idempotency-Keys).
	 */
	private void keepOrderers(List<DropClaim> winners, Instant now) {
		OrdererIdentities keeper = identities.getIfAvailable();
		if (keeper == null) {
			return;
		}
		for (DropClaim c : winners) {
			if (c.identity() != null) {
				keeper.keep(c.order().id(), c.user(), c.identity().orderer(), c.identity().required(), now);
			}
		}
	}

	/**
	 * The orders of the winners (with lines and history, batched by
	 * {@link OrderBatches#insertAll}) and their drop links.
	 */
	private void insertOrders(List<DropClaim> winners) {
		orders.insertAll(winners.stream().map(DropClaim::order).toList());
		jdbc.batchUpdate(
				"""
						INSERT INTO ordering_drop_order (order_id, drop_id, buyer_organisation_id, quantity) VALUES (:order, :drop, :buyer, :q)""",
				winners.stream()
					.map(c -> new MapSqlParameterSource().addValue("order", c.order().id().value())
						.addValue("drop", c.drop().value())
						.addValue("buyer", c.buyerOrganisation().value())
						.addValue("q", c.quantity()))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Removes the orders (and drop links) written for claims that then got no units, in
	 * this same transaction.
	 */
	private void deleteOrders(List<DropClaim> unplaced) {
		List<UUID> ids = unplaced.stream().map(c -> c.order().id().value()).toList();
		jdbc.update("DELETE FROM ordering_drop_order WHERE order_id IN (:ids)", Map.of("ids", ids));
		orders.deleteUnplaced(unplaced.stream().map(c -> c.order().id()).toList());
	}

	private interface Row {

		SqlParameterSource of(DropClaim claim);

	}

	private static SqlParameterSource[] params(List<Integer> indexes, List<DropClaim> claims, Row row) {
		return indexes.stream().map(i -> row.of(claims.get(i))).toArray(SqlParameterSource[]::new);
	}

}
