package org.isoko.trade;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.isoko.identity.UserId;
import org.isoko.network.CustomsRegime;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.SqlTimes;
import org.isoko.trade.tariff.CbecRule;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * China's cross-border retail quota per buyer and calendar year (China's time zone). A
 * buyer's year is one row whose {@code used_minor} only changes by conditional updates;
 * each order's use is a row of its own, so consuming and restoring are idempotent per
 * order.
 */
@Service
class CbecQuota implements CrossBorderQuota {

	static final CountryCode CHINA = CountryCode.of("CN");
	static final ZoneId CHINA_TIME = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final TradeReferenceData reference;

	private final Clock clock;

	CbecQuota(JdbcClient jdbc, NamedParameterJdbcTemplate batch, TradeReferenceData reference, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.reference = reference;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public QuotaCheck check(UserId buyer, Quote quote) {
		return check(buyer, quote, false);
	}

	@Override
	@Transactional(readOnly = true)
	public QuotaCheck checkQuoted(UserId buyer, Quote quote) {
		return check(buyer, quote, true);
	}

	private QuotaCheck check(UserId buyer, Quote quote, boolean usedAsQuoted) {
		CrossBorderRetail retail = quote.crossBorderRetail();
		if (quote.requestedRegime() != CustomsRegime.CROSS_BORDER_ECOMMERCE_RETAIL || retail == null) {
			return new QuotaCheck.NotApplicable();
		}
		Money used = usedAsQuoted && retail.usedThisYear() != null ? retail.usedThisYear()
				: used(buyer, year(), retail.annualLimit());
		Money remaining = max0(retail.annualLimit().minus(used));
		if (used.plus(retail.orderValue()).compareTo(retail.annualLimit()) > 0) {
			return new QuotaCheck.OverAnnualLimit(retail.orderValue(), retail.annualLimit(), remaining);
		}
		boolean overOrderLimit = retail.orderValue().compareTo(retail.perOrderLimit()) > 0;
		if (overOrderLimit && !quote.isSingleItem()) {
			return new QuotaCheck.OverOrderLimit(retail.orderValue(), retail.perOrderLimit());
		}
		return new QuotaCheck.Allowed(retail.orderValue(), remaining.minus(retail.orderValue()), overOrderLimit);
	}

	@Override
	@Transactional
	public QuotaUse consume(UserId buyer, UUID orderId, Money amount) {
		if (!amount.isPositive()) {
			throw new InvalidInput("amount", "The amount counted against the quota must be positive, got " + amount);
		}
		CbecRule rule = rule();
		if (!amount.currency().equals(rule.annualLimit().currency())) {
			throw new InvalidInput("amount",
					"The quota is counted in " + rule.annualLimit().currency() + ", got " + amount.currency());
		}
		int year = year();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		// The use first: its primary key (the order) makes a second call for the same
		// order find the first one (waiting for it when it is not committed yet) instead
		// of counting again. Two statements for an order of a buyer who has a row this
		// year: this use and the conditional update.
		int inserted = jdbc.sql("""
				INSERT INTO trade_cbec_quota_use (order_id, buyer_id, quota_year, amount_minor, currency, consumed_at)
				VALUES (:order, :buyer, :year, :amount, :currency, :now) ON CONFLICT DO NOTHING""")
			.param("order", orderId)
			.param("buyer", buyer.value())
			.param("year", year)
			.param("amount", amount.minorUnits())
			.param("currency", amount.currency().value())
			.param("now", SqlTimes.utc(now))
			.update();
		if (inserted == 0) {
			QuotaUse use = use(orderId).orElseThrow();
			if (!use.buyer().equals(buyer) || !use.amount().equals(amount)) {
				throw new Conflict(
						"Order " + orderId + " already used " + use.amount() + " of another buyer's or amount's quota");
			}
			return use;
		}
		if (!count(buyer, year, amount, rule)) {
			// The buyer's first order of the year: their row, then the update again.
			jdbc.sql(
					"""
							INSERT INTO trade_cbec_quota (buyer_id, quota_year, currency, used_minor) VALUES (:buyer, :year, :currency, 0)
							ON CONFLICT DO NOTHING""")
				.param("buyer", buyer.value())
				.param("year", year)
				.param("currency", amount.currency().value())
				.update();
			if (!count(buyer, year, amount, rule)) {
				// Nothing is counted: the use goes too, even if the caller goes on.
				jdbc.sql("DELETE FROM trade_cbec_quota_use WHERE order_id = :order").param("order", orderId).update();
				Money used = used(buyer, year, rule.annualLimit());
				throw new QuotaExceeded(rule.annualLimit(), max0(rule.annualLimit().minus(used)), amount);
			}
		}
		return new QuotaUse(orderId, buyer, year, amount, now, null);
	}

	/** Adds the amount to the buyer's use this year when it stays within the limit. */
	private boolean count(UserId buyer, int year, Money amount, CbecRule rule) {
		return jdbc.sql("""
				UPDATE trade_cbec_quota SET used_minor = used_minor + :amount
				WHERE buyer_id = :buyer AND quota_year = :year AND used_minor + :amount <= :limit""")
			.param("amount", amount.minorUnits())
			.param("buyer", buyer.value())
			.param("year", year)
			.param("limit", rule.annualLimit().minorUnits())
			.update() > 0;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Optional<QuotaUse>> consumeAll(List<Claim> claims) {
		List<Optional<QuotaUse>> answers = new ArrayList<>(Collections.nCopies(claims.size(), Optional.empty()));
		if (claims.isEmpty()) {
			return answers;
		}
		CbecRule rule = rule();
		CurrencyCode currency = rule.annualLimit().currency();
		for (Claim claim : claims) {
			if (!claim.amount().isPositive() || !claim.amount().currency().equals(currency)) {
				throw new InvalidInput("amount",
						"The quota is counted in positive amounts of " + currency + ", got " + claim.amount());
			}
		}
		int year = year();
		Instant now = clock.instant();
		// Buyer order (then the order given): concurrent callers lock the buyers' rows in
		// one order.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer, UUID>comparing(i -> claims.get(i).buyer().value()).thenComparingInt(i -> i));
		// The conditional updates first: a buyer who has a row this year (almost every
		// order) costs one statement of the batch, as in consume().
		int[] counted = count(order, claims, year, rule);
		// Buyers without a row this year: their rows, then their updates again (in the
		// same buyer order).
		List<Integer> unmatched = new ArrayList<>();
		for (int k = 0; k < order.size(); k++) {
			if (counted[k] == 0) {
				unmatched.add(order.get(k));
			}
		}
		List<Integer> retried = new ArrayList<>();
		if (!unmatched.isEmpty()) {
			TreeSet<UUID> buyers = new TreeSet<>();
			unmatched.forEach(i -> buyers.add(claims.get(i).buyer().value()));
			batch.batchUpdate(
					"""
							INSERT INTO trade_cbec_quota (buyer_id, quota_year, currency, used_minor) VALUES (:buyer, :year, :currency, 0)
							ON CONFLICT DO NOTHING""",
					buyers.stream()
						.map(b -> new MapSqlParameterSource().addValue("buyer", b)
							.addValue("year", year)
							.addValue("currency", currency.value()))
						.toArray(SqlParameterSource[]::new));
			int[] again = count(unmatched, claims, year, rule);
			for (int k = 0; k < unmatched.size(); k++) {
				if (again[k] == 1) {
					retried.add(unmatched.get(k));
				}
			}
		}
		List<Integer> fitting = new ArrayList<>();
		for (int k = 0; k < order.size(); k++) {
			if (counted[k] == 1) {
				fitting.add(order.get(k));
			}
		}
		fitting.addAll(retried);
		if (fitting.isEmpty()) {
			return answers;
		}
		batch.batchUpdate("""
				INSERT INTO trade_cbec_quota_use (order_id, buyer_id, quota_year, amount_minor, currency, consumed_at)
				VALUES (:order, :buyer, :year, :amount, :currency, :now)""",
				fitting.stream()
					.map(i -> new MapSqlParameterSource().addValue("order", claims.get(i).orderId())
						.addValue("buyer", claims.get(i).buyer().value())
						.addValue("year", year)
						.addValue("amount", claims.get(i).amount().minorUnits())
						.addValue("currency", currency.value())
						.addValue("now", SqlTimes.utc(now)))
					.toArray(SqlParameterSource[]::new));
		for (int i : fitting) {
			Claim claim = claims.get(i);
			answers.set(i, Optional.of(new QuotaUse(claim.orderId(), claim.buyer(), year, claim.amount(), now, null)));
		}
		return answers;
	}

	/**
	 * The conditional updates of the buyers' rows, one JDBC batch, in the order given.
	 */
	private int[] count(List<Integer> order, List<Claim> claims, int year, CbecRule rule) {
		return batch.batchUpdate("""
				UPDATE trade_cbec_quota SET used_minor = used_minor + :amount
				WHERE buyer_id = :buyer AND quota_year = :year AND used_minor + :amount <= :limit""",
				order.stream()
					.map(i -> new MapSqlParameterSource().addValue("amount", claims.get(i).amount().minorUnits())
						.addValue("buyer", claims.get(i).buyer().value())
						.addValue("year", year)
						.addValue("limit", rule.annualLimit().minorUnits()))
					.toArray(SqlParameterSource[]::new));
	}

	@Override
	@Transactional
	public void restore(UUID orderId) {
		Optional<QuotaUse> use = use(orderId);
		if (use.isEmpty() || use.get().restoredAt() != null) {
			return;
		}
		int marked = jdbc
			.sql("UPDATE trade_cbec_quota_use SET restored_at = :now WHERE order_id = :order AND restored_at IS NULL")
			.param("now", SqlTimes.utc(clock.instant()))
			.param("order", orderId)
			.update();
		if (marked == 1) {
			jdbc.sql(
					"UPDATE trade_cbec_quota SET used_minor = used_minor - :amount WHERE buyer_id = :buyer AND quota_year = :year")
				.param("amount", use.get().amount().minorUnits())
				.param("buyer", use.get().buyer().value())
				.param("year", use.get().year())
				.update();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Money remaining(UserId buyer) {
		CbecRule rule = rule();
		return max0(rule.annualLimit().minus(used(buyer, year(), rule.annualLimit())));
	}

	@Override
	@Transactional(readOnly = true)
	public Money annualLimit() {
		return rule().annualLimit();
	}

	/** What the buyer has used this year, in the limit's currency. */
	Money usedThisYear(UserId buyer, Money annualLimit) {
		return used(buyer, year(), annualLimit);
	}

	Optional<QuotaUse> use(UUID orderId) {
		return jdbc.sql("SELECT * FROM trade_cbec_quota_use WHERE order_id = :order")
			.param("order", orderId)
			.query((rs, row) -> new QuotaUse(rs.getObject("order_id", UUID.class),
					new UserId(rs.getObject("buyer_id", UUID.class)), rs.getInt("quota_year"),
					Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
					SqlTimes.instant(rs, "consumed_at"), SqlTimes.instant(rs, "restored_at")))
			.optional();
	}

	private Money used(UserId buyer, int year, Money limit) {
		long used = jdbc.sql("SELECT used_minor FROM trade_cbec_quota WHERE buyer_id = :buyer AND quota_year = :year")
			.param("buyer", buyer.value())
			.param("year", year)
			.query(Long.class)
			.optional()
			.orElse(0L);
		return new Money(used, limit.currency());
	}

	private CbecRule rule() {
		LocalDate today = LocalDate.now(clock.withZone(CHINA_TIME));
		return reference.current()
			.crossBorderRetail(CHINA, today)
			.orElseThrow(() -> new IllegalStateException("No cross-border retail rule of CN is in force on " + today));
	}

	private int year() {
		return LocalDate.now(clock.withZone(CHINA_TIME)).getYear();
	}

	private static Money max0(Money money) {
		return money.isNegative() ? Money.zero(money.currency()) : money;
	}

}
