package org.isoko.payments.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.isoko.shared.CurrencyCode;
import org.jspecify.annotations.Nullable;

/**
 * A linked set of transfers that commits entirely or not at all: one business operation
 * (a capture, a release, a refund, a payout). Checked here, before anything is stored:
 * the legs balance per currency, a posting in several currencies goes through FX
 * positions and says which rate it used, and no hold is resolved twice.
 * <p>
 * Three times are kept apart (after adorsys' ledger): {@code operationTime}, when the
 * business event happened (the provider confirmed, the buyer confirmed delivery); the
 * posting time, when the ledger records it (set by the store); and {@code valueDate}, the
 * day the money counts for.
 *
 * @param idempotencyKey the posting's identity: the same key again is a replay and moves
 * nothing
 * @param correlationId shared by all postings of one business case (e.g.
 * {@code order:<id>}), for reports and corrections
 * @param reverses the posting this one corrects, if it is a reversal
 */
public record PostingRequest(String idempotencyKey, String correlationId, TransferCode code, Instant operationTime,
		LocalDate valueDate, List<Leg> legs, @Nullable FxDetails fx, @Nullable UUID reverses) {

	public static final int MAX_LEGS = 32;

	public PostingRequest {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 120) {
			throw new IllegalArgumentException("A posting needs an idempotency key of 1 to 120 characters");
		}
		if (correlationId == null || correlationId.isBlank() || correlationId.length() > 120) {
			throw new IllegalArgumentException("A posting needs a correlation id of 1 to 120 characters");
		}
		legs = List.copyOf(legs);
		if (legs.isEmpty() || legs.size() > MAX_LEGS) {
			throw new IllegalArgumentException("A posting has 1 to " + MAX_LEGS + " transfers, got " + legs.size());
		}
		requireBalancedPerCurrency(legs);
		requireFxThroughPositions(legs, fx);
		requireEachHoldResolvedOnce(legs);
	}

	public static PostingRequest of(String idempotencyKey, String correlationId, TransferCode code,
			Instant operationTime, LocalDate valueDate, List<Leg> legs) {
		return new PostingRequest(idempotencyKey, correlationId, code, operationTime, valueDate, legs, null, null);
	}

	/**
	 * The net change per account, in a stable order (by account name) so stores lock
	 * accounts in one order.
	 */
	public Map<AccountKey, BalanceChange> changes() {
		Map<String, AccountKey> keys = new TreeMap<>();
		Map<AccountKey, BalanceChange> changes = new LinkedHashMap<>();
		for (Leg leg : legs) {
			keys.put(leg.debit().toString(), leg.debit());
			keys.put(leg.credit().toString(), leg.credit());
		}
		keys.values().forEach(key -> changes.put(key, BalanceChange.NONE));
		for (Leg leg : legs) {
			changes.merge(leg.debit(), leg.debitChange(), BalanceChange::plus);
			changes.merge(leg.credit(), leg.creditChange(), BalanceChange::plus);
		}
		return changes;
	}

	public Set<CurrencyCode> currencies() {
		Set<CurrencyCode> currencies = new HashSet<>();
		legs.forEach(leg -> currencies.add(leg.currency()));
		return currencies;
	}

	/**
	 * A hash of everything the posting moves, so that a replay with the same key but
	 * other content is refused.
	 */
	public String fingerprint() {
		StringBuilder text = new StringBuilder(code + "|" + correlationId + "|" + reverses);
		for (Leg leg : legs) {
			text.append('|')
				.append(leg.debit())
				.append('>')
				.append(leg.credit())
				.append(':')
				.append(leg.amount())
				.append(':')
				.append(leg.code())
				.append(':')
				.append(leg.phase())
				.append(':')
				.append(leg.pendingId());
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * "Funds always go from somewhere to somewhere": per currency, what the legs take out
	 * of accounts equals what they put in, counting posted and pending amounts. Each leg
	 * balances by construction; this asserts it for the set.
	 */
	static void requireBalancedPerCurrency(List<Leg> legs) {
		Map<CurrencyCode, long[]> sums = new LinkedHashMap<>();
		for (Leg leg : legs) {
			long[] sum = sums.computeIfAbsent(leg.currency(), c -> new long[2]);
			BalanceChange debit = leg.debitChange();
			BalanceChange credit = leg.creditChange();
			sum[0] = Math.addExact(sum[0], Math.addExact(debit.debitsPending(), debit.debitsPosted()));
			sum[1] = Math.addExact(sum[1], Math.addExact(credit.creditsPending(), credit.creditsPosted()));
		}
		sums.forEach((currency, sum) -> {
			if (sum[0] != sum[1]) {
				throw new IllegalArgumentException(
						"Posting does not balance in " + currency + ": debits " + sum[0] + ", credits " + sum[1]);
			}
		});
	}

	static void requireFxThroughPositions(List<Leg> legs, @Nullable FxDetails fx) {
		Set<CurrencyCode> currencies = new HashSet<>();
		legs.forEach(leg -> currencies.add(leg.currency()));
		if (currencies.size() == 1) {
			return;
		}
		if (fx == null || currencies.size() != 2 || !currencies.contains(fx.from()) || !currencies.contains(fx.to())) {
			throw new IllegalArgumentException(
					"A posting in " + currencies + " must record the one conversion it makes (rate, date, source)");
		}
		for (CurrencyCode currency : currencies) {
			boolean throughPosition = legs.stream()
				.anyMatch(leg -> leg.currency().equals(currency) && (leg.debit().kind() == AccountKind.FX_POSITION
						|| leg.credit().kind() == AccountKind.FX_POSITION));
			if (!throughPosition) {
				throw new IllegalArgumentException(
						"Money in " + currency + " changes currency only through an FX position account");
			}
		}
	}

	static void requireEachHoldResolvedOnce(List<Leg> legs) {
		Set<UUID> holds = new HashSet<>();
		for (Leg leg : legs) {
			if (leg.pendingId() != null && !holds.add(leg.pendingId())) {
				throw new IllegalArgumentException("Hold " + leg.pendingId() + " is resolved twice in one posting");
			}
		}
	}

	/**
	 * The correction of a recorded posting: the same posted amounts in the opposite
	 * direction, with the same correlation id. Holds are not reversed but voided, so a
	 * posting that still reserves money cannot be reversed.
	 */
	public static PostingRequest reversal(RecordedPosting original, String idempotencyKey, Instant operationTime,
			LocalDate valueDate) {
		List<Leg> legs = original.legs()
			.stream()
			.filter(leg -> leg.phase() == Phase.POSTED || leg.phase() == Phase.POST_PENDING)
			.map(leg -> Leg.posted(leg.credit(), leg.debit(), leg.amount(), TransferCode.CORRECTION))
			.toList();
		if (original.legs().stream().anyMatch(leg -> leg.phase() == Phase.PENDING)) {
			throw new IllegalArgumentException(
					"Posting " + original.id() + " holds money: void the hold instead of reversing it");
		}
		if (legs.isEmpty()) {
			throw new IllegalArgumentException(
					"Posting " + original.id() + " moved no posted money; there is nothing to reverse");
		}
		FxDetails fx = original.fx();
		return new PostingRequest(idempotencyKey, original.correlationId(), TransferCode.CORRECTION, operationTime,
				valueDate, legs, fx, original.id());
	}
}
