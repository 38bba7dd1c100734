package org.isoko.payments;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.isoko.payments.ledger.AccountKey;
import org.isoko.payments.ledger.AccountKind;
import org.isoko.payments.ledger.Balance;
import org.isoko.payments.ledger.BalanceChange;
import org.isoko.payments.ledger.FxDetails;
import org.isoko.payments.ledger.InsufficientFunds;
import org.isoko.payments.ledger.Leg;
import org.isoko.payments.ledger.PendingTransfer;
import org.isoko.payments.ledger.Phase;
import org.isoko.payments.ledger.PostingRequest;
import org.isoko.payments.ledger.RecordedPosting;
import org.isoko.payments.ledger.TransferCode;
import org.isoko.shared.Conflict;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.NotFound;
import org.isoko.shared.SqlTimes;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records postings in PostgreSQL (or H2). A posting is one database transaction: the
 * posting row (whose unique idempotency key turns a replay into a no-op), one conditional
 * update per account and the transfer rows. The account updates never read-then-write:
 * the WHERE clause carries the account's rule, so two postings racing for the same escrow
 * serialise on the row lock and the second one matches no row instead of overdrawing it.
 */
@Component
class Ledger {

	private final JdbcClient jdbc;

	private final Clock clock;

	Ledger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What {@link #post} did: recorded the posting, or recognised a replay and moved
	 * nothing.
	 */
	record Posted(UUID postingId, boolean replayed, List<UUID> transferIds) {
	}

	@Transactional
	Posted post(PostingRequest request) {
		String fingerprint = request.fingerprint();
		Optional<Posted> earlier = replay(request, fingerprint);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		UUID postingId = nameUuid("posting:" + request.idempotencyKey());
		Instant postedAt = clock.instant();
		FxDetails fx = request.fx();
		int inserted = jdbc
			.sql("""
					INSERT INTO payments_posting (id, idempotency_key, fingerprint, code, correlation_id, operation_time, posted_at, value_date,
					  fx_from, fx_to, fx_rate, fx_rate_date, fx_source, fx_spread_rate, reverses_posting_id)
					VALUES (:id, :key, :fingerprint, :code, :correlation, :operationTime, :postedAt, :valueDate,
					  :fxFrom, :fxTo, :fxRate, :fxRateDate, :fxSource, :fxSpread, :reverses)
					ON CONFLICT DO NOTHING""")
			.param("id", postingId)
			.param("key", request.idempotencyKey())
			.param("fingerprint", fingerprint)
			.param("code", request.code().name())
			.param("correlation", request.correlationId())
			.param("operationTime", SqlTimes.utc(request.operationTime()))
			.param("postedAt", SqlTimes.utc(postedAt))
			.param("valueDate", request.valueDate())
			.param("fxFrom", fx == null ? null : fx.from().value())
			.param("fxTo", fx == null ? null : fx.to().value())
			.param("fxRate", fx == null ? null : fx.rate())
			.param("fxRateDate", fx == null ? null : fx.rateDate())
			.param("fxSource", fx == null ? null : fx.source())
			.param("fxSpread", fx == null ? null : fx.spreadRate())
			.param("reverses", request.reverses())
			.update();
		if (inserted == 0) {
			// Lost a race with the same key (the other transaction committed meanwhile),
			// or a reversal of a reversed posting.
			return replay(request, fingerprint)
				.orElseThrow(() -> new Conflict("Posting " + request.reverses() + " was already reversed"));
		}
		for (Leg leg : request.legs()) {
			if (leg.pendingId() != null) {
				requireResolvable(leg, request.operationTime());
			}
		}
		Map<AccountKey, BalanceChange> changes = request.changes();
		Map<AccountKey, UUID> ids = new java.util.HashMap<>();
		changes.keySet().forEach(key -> ids.put(key, account(key)));
		// Lock order: by account id, the same for every posting, so that two postings
		// never wait for each other.
		changes.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey((a, b) -> ids.get(a).compareTo(ids.get(b))))
			.forEach(change -> apply(ids.get(change.getKey()), change.getKey(), change.getValue()));
		List<UUID> transferIds = new ArrayList<>();
		for (int i = 0; i < request.legs().size(); i++) {
			Leg leg = request.legs().get(i);
			UUID id = nameUuid("transfer:" + request.idempotencyKey() + ":" + i);
			insertTransfer(id, postingId, i, leg, ids);
			transferIds.add(id);
		}
		return new Posted(postingId, false, transferIds);
	}

	/**
	 * Corrects a recorded posting by a reversing one (same correlation id, code
	 * CORRECTION); refused if it would overdraw.
	 */
	@Transactional
	Posted reverse(UUID postingId, String idempotencyKey, Instant at) {
		Optional<Posted> recorded = recorded(idempotencyKey);
		if (recorded.isPresent()) {
			return recorded.get();
		}
		RecordedPosting original = posting(postingId).orElseThrow(() -> NotFound.of("Posting", postingId));
		return post(PostingRequest.reversal(original, idempotencyKey, at,
				at.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
	}

	/**
	 * The posting recorded under an idempotency key, if any: callers resolving a hold use
	 * it to recognise their own replay.
	 */
	Optional<Posted> recorded(String idempotencyKey) {
		return jdbc.sql("SELECT id FROM payments_posting WHERE idempotency_key = :key")
			.param("key", idempotencyKey)
			.query(UUID.class)
			.optional()
			.map(id -> new Posted(id, true, transferIds(id)));
	}

	private Optional<Posted> replay(PostingRequest request, String fingerprint) {
		return jdbc.sql("SELECT id, fingerprint FROM payments_posting WHERE idempotency_key = :key")
			.param("key", request.idempotencyKey())
			.query((rs, n) -> {
				if (!rs.getString("fingerprint").equals(fingerprint)) {
					throw new Conflict("Idempotency key '" + request.idempotencyKey()
							+ "' was already used for a different posting");
				}
				UUID id = rs.getObject("id", UUID.class);
				return new Posted(id, true, transferIds(id));
			})
			.optional();
	}

	private void requireResolvable(Leg leg, Instant at) {
		PendingTransfer hold = pending(leg.pendingId())
			.orElseThrow(() -> new Conflict("Hold " + leg.pendingId() + " is unknown or already resolved"));
		if (!hold.debit().equals(leg.debit()) || !hold.credit().equals(leg.credit())
				|| hold.amount() != leg.pendingAmount()) {
			throw new IllegalArgumentException("Leg does not match hold " + hold.id());
		}
		boolean expired = hold.isExpiredAt(at);
		if (leg.phase() == Phase.EXPIRE_PENDING && !expired) {
			throw new Conflict("Hold " + hold.id() + " has not expired yet");
		}
		if (leg.phase() != Phase.EXPIRE_PENDING && expired) {
			throw new Conflict("Hold " + hold.id() + " expired at " + hold.timeout());
		}
	}

	private void apply(UUID id, AccountKey key, BalanceChange change) {
		int updated = jdbc
			.sql("""
					UPDATE payments_account SET debits_pending = debits_pending + :dp, debits_posted = debits_posted + :dd,
					  credits_pending = credits_pending + :cp, credits_posted = credits_posted + :cc
					WHERE id = :id
					  AND debits_pending + :dp >= 0 AND credits_pending + :cp >= 0
					  AND (debits_must_not_exceed_credits = FALSE OR debits_pending + :dp + debits_posted + :dd <= credits_posted + :cc)""")
			.param("dp", change.debitsPending())
			.param("dd", change.debitsPosted())
			.param("cp", change.creditsPending())
			.param("cc", change.creditsPosted())
			.param("id", id)
			.update();
		if (updated == 0) {
			Balance balance = balance(key);
			throw new InsufficientFunds(key,
					"Account " + key + " has " + balance.available() + " available; the posting needs "
							+ (change.debitsPending() + change.debitsPosted() - change.creditsPosted())
							+ " more than it adds");
		}
	}

	private void insertTransfer(UUID id, UUID postingId, int leg, Leg transfer, Map<AccountKey, UUID> ids) {
		try {
			insert(id, postingId, leg, transfer, ids);
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("Hold " + transfer.pendingId() + " was resolved by a concurrent posting");
		}
	}

	private void insert(UUID id, UUID postingId, int leg, Leg transfer, Map<AccountKey, UUID> ids) {
		jdbc.sql(
				"""
						INSERT INTO payments_transfer (id, posting_id, leg, debit_account_id, credit_account_id, amount, pending_amount, currency, code,
						  phase, pending_id, timeout_at)
						VALUES (:id, :posting, :leg, :debit, :credit, :amount, :pendingAmount, :currency, :code, :phase, :pendingId, :timeout)""")
			.param("id", id)
			.param("posting", postingId)
			.param("leg", leg)
			.param("debit", ids.get(transfer.debit()))
			.param("credit", ids.get(transfer.credit()))
			.param("amount", transfer.amount())
			.param("pendingAmount", transfer.pendingAmount())
			.param("currency", transfer.currency().value())
			.param("code", transfer.code().name())
			.param("phase", transfer.phase().name())
			.param("pendingId", transfer.pendingId())
			.param("timeout", SqlTimes.utc(transfer.timeout()))
			.update();
	}

	/** The account's id, opening it with zero balances on first use. */
	UUID account(AccountKey key) {
		jdbc.sql("""
				INSERT INTO payments_account (id, kind, owner, currency, debits_must_not_exceed_credits, created_at)
				VALUES (:id, :kind, :owner, :currency, :limited, :now) ON CONFLICT DO NOTHING""")
			.param("id", nameUuid("account:" + key))
			.param("kind", key.kind().name())
			.param("owner", key.owner())
			.param("currency", key.currency().value())
			.param("limited", key.kind().debitsMustNotExceedCredits())
			.param("now", SqlTimes.utc(clock.instant()))
			.update();
		return nameUuid("account:" + key);
	}

	Balance balance(AccountKey key) {
		return jdbc.sql("""
				SELECT debits_pending, debits_posted, credits_pending, credits_posted FROM payments_account
				WHERE kind = :kind AND owner = :owner AND currency = :currency""")
			.param("kind", key.kind().name())
			.param("owner", key.owner())
			.param("currency", key.currency().value())
			.query(Ledger::balance)
			.optional()
			.orElse(Balance.ZERO);
	}

	/** A hold that nothing has resolved yet. */
	Optional<PendingTransfer> pending(@Nullable UUID id) {
		return jdbc.sql(TRANSFER_SELECT + """
				WHERE t.id = :id AND t.phase = 'PENDING'
				  AND NOT EXISTS (SELECT 1 FROM payments_transfer r WHERE r.pending_id = t.id)""")
			.param("id", id)
			.query(Ledger::pendingTransfer)
			.optional();
	}

	/** The open holds debiting an account, oldest first. */
	List<PendingTransfer> openHolds(AccountKey debit, TransferCode code) {
		return jdbc
			.sql(TRANSFER_SELECT
					+ """
							WHERE d.kind = :kind AND d.owner = :owner AND d.currency = :currency AND t.phase = 'PENDING' AND t.code = :code
							  AND NOT EXISTS (SELECT 1 FROM payments_transfer r WHERE r.pending_id = t.id)
							ORDER BY p.posted_at, t.leg""")
			.param("kind", debit.kind().name())
			.param("owner", debit.owner())
			.param("currency", debit.currency().value())
			.param("code", code.name())
			.query(Ledger::pendingTransfer)
			.list();
	}

	/** The open holds debiting any account of one kind and owner, in any currency. */
	List<PendingTransfer> openHolds(AccountKind kind, String owner, TransferCode code) {
		return jdbc.sql(TRANSFER_SELECT + """
				WHERE d.kind = :kind AND d.owner = :owner AND t.phase = 'PENDING' AND t.code = :code
				  AND NOT EXISTS (SELECT 1 FROM payments_transfer r WHERE r.pending_id = t.id)
				ORDER BY p.posted_at, t.leg""")
			.param("kind", kind.name())
			.param("owner", owner)
			.param("code", code.name())
			.query(Ledger::pendingTransfer)
			.list();
	}

	/**
	 * Holds whose timeout has passed and that nothing resolved: the expiry job voids
	 * them.
	 */
	List<PendingTransfer> expiredHolds(Instant now, int limit) {
		return jdbc.sql(TRANSFER_SELECT + """
				WHERE t.phase = 'PENDING' AND t.timeout_at <= :now
				  AND NOT EXISTS (SELECT 1 FROM payments_transfer r WHERE r.pending_id = t.id)
				ORDER BY t.timeout_at LIMIT :limit""")
			.param("now", SqlTimes.utc(now))
			.param("limit", limit)
			.query(Ledger::pendingTransfer)
			.list();
	}

	Optional<RecordedPosting> posting(UUID id) {
		List<Leg> legs = new ArrayList<>();
		List<UUID> transferIds = new ArrayList<>();
		jdbc.sql(TRANSFER_SELECT + " WHERE t.posting_id = :id ORDER BY t.leg").param("id", id).query(rs -> {
			legs.add(new Leg(key(rs, "d"), key(rs, "c"), rs.getLong("amount"),
					TransferCode.valueOf(rs.getString("code")), Phase.valueOf(rs.getString("phase")),
					rs.getObject("pending_id", UUID.class), rs.getLong("pending_amount"),
					SqlTimes.instant(rs, "timeout_at")));
			transferIds.add(rs.getObject("id", UUID.class));
		});
		return jdbc.sql("SELECT * FROM payments_posting WHERE id = :id").param("id", id).query((rs, n) -> {
			FxDetails fx = rs.getString("fx_from") == null ? null
					: new FxDetails(CurrencyCode.of(rs.getString("fx_from")), CurrencyCode.of(rs.getString("fx_to")),
							rs.getBigDecimal("fx_rate"), SqlTimes.date(rs, "fx_rate_date"), rs.getString("fx_source"),
							rs.getBigDecimal("fx_spread_rate"));
			return new RecordedPosting(id, rs.getString("idempotency_key"), rs.getString("correlation_id"),
					TransferCode.valueOf(rs.getString("code")), SqlTimes.instant(rs, "operation_time"),
					SqlTimes.instant(rs, "posted_at"), SqlTimes.date(rs, "value_date"), legs, transferIds, fx,
					rs.getObject("reverses_posting_id", UUID.class));
		}).optional();
	}

	private List<UUID> transferIds(UUID postingId) {
		return jdbc.sql("SELECT id FROM payments_transfer WHERE posting_id = :id ORDER BY leg")
			.param("id", postingId)
			.query(UUID.class)
			.list();
	}

	private static final String TRANSFER_SELECT = """
			SELECT t.*, p.posted_at, d.kind AS d_kind, d.owner AS d_owner, d.currency AS d_currency,
			  c.kind AS c_kind, c.owner AS c_owner, c.currency AS c_currency
			FROM payments_transfer t
			JOIN payments_posting p ON p.id = t.posting_id
			JOIN payments_account d ON d.id = t.debit_account_id
			JOIN payments_account c ON c.id = t.credit_account_id
			""";

	private static PendingTransfer pendingTransfer(ResultSet rs, int row) throws SQLException {
		return new PendingTransfer(rs.getObject("id", UUID.class), key(rs, "d"), key(rs, "c"), rs.getLong("amount"),
				TransferCode.valueOf(rs.getString("code")), SqlTimes.instant(rs, "timeout_at"));
	}

	private static AccountKey key(ResultSet rs, String prefix) throws SQLException {
		return AccountKey.of(AccountKind.valueOf(rs.getString(prefix + "_kind")), rs.getString(prefix + "_owner"),
				CurrencyCode.of(rs.getString(prefix + "_currency")));
	}

	static Balance balance(ResultSet rs, int row) throws SQLException {
		return new Balance(rs.getLong("debits_pending"), rs.getLong("debits_posted"), rs.getLong("credits_pending"),
				rs.getLong("credits_posted"));
	}

	/**
	 * Ids derived from the idempotency key: a replay computes the same ids, so nothing
	 * can be recorded twice under two ids.
	 */
	static UUID nameUuid(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
