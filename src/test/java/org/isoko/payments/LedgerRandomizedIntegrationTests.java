package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.payments.ledger.AccountKey;
import org.isoko.payments.ledger.Balance;
import org.isoko.shared.Conflict;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Property-style proof of the ledger invariants against the database: random sequences of
 * pay (capture), release, full and partial refunds, payouts that settle or fail,
 * corrections, and replays of all of them, across many orders, sellers and currencies.
 * After every step the table invariants of {@link LedgerInvariants} hold, escrow matches
 * a simple model, refused operations and replays leave the ledger exactly as it was. A
 * failure names its seed; rerun it with {@code -Disoko.test.seed=<seed>}.
 */
@SpringBootTest(properties = "isoko.payments.jobs.enabled=false")
class LedgerRandomizedIntegrationTests {

	static final long SEED = Long.getLong("isoko.test.seed", System.nanoTime());

	static final List<CurrencyCode> CURRENCIES = List.of("RWF", "CNY", "KES", "USD")
		.stream()
		.map(CurrencyCode::of)
		.toList();

	@Autowired
	Escrow escrow;

	@Autowired
	PayoutPostings payouts;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	/** Steps per run; the PostgreSQL subclass runs fewer. */
	int steps() {
		return Integer.getInteger("isoko.test.ledger.steps", 3_000);
	}

	record Replay(String name, Supplier<Ledger.Posted> operation) {
	}

	/** The test's own idea of each order: what escrow should hold. */
	static final class OrderModel {

		final OrderId id = OrderId.random();

		final CurrencyCode currency;

		long held;

		boolean paid;

		boolean released;

		OrderModel(CurrencyCode currency) {
			this.currency = currency;
		}

	}

	record OpenPayout(String key, UUID hold) {
	}

	@Test
	void keepsEveryInvariantUnderRandomOperationSequences() {
		Random random = new Random(SEED);
		List<OrderModel> orders = new ArrayList<>();
		List<OrganisationId> sellers = List.of(new OrganisationId(UUID.randomUUID()),
				new OrganisationId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()));
		List<OpenPayout> openPayouts = new ArrayList<>();
		List<Replay> done = new ArrayList<>();
		List<UUID> postings = new ArrayList<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		Instant now = clock.instant();
		int step = 0;
		try {
			for (step = 0; step < steps(); step++) {
				int choice = random.nextInt(100);
				String name;
				if (choice < 25 || orders.isEmpty()) {
					name = "pay";
					OrderModel order = new OrderModel(pick(random, CURRENCIES));
					orders.add(order);
					Money amount = Money.ofMinor(1 + random.nextInt(5_000_000), order.currency);
					Provider provider = pick(random, List.of(Provider.values()));
					String key = "capture:" + order.id;
					Supplier<Ledger.Posted> capture = () -> escrow.capture(key, provider, order.id, amount, now);
					postings.add(capture.get().postingId());
					order.paid = true;
					order.held = amount.minorUnits();
					done.add(new Replay(name, capture));
				}
				else if (choice < 45) {
					name = "release";
					OrderModel order = pick(random, orders);
					if (order.held == 0) {
						assertRefusedAndNothingMoved(() -> escrow.release("release:" + UUID.randomUUID(),
								split(random, order, 1, sellers), now));
					}
					else {
						Escrow.Release release = split(random, order, order.held, sellers);
						Supplier<Ledger.Posted> op = () -> escrow.release("release:" + order.id, release, now);
						postings.add(op.get().postingId());
						order.held = 0;
						order.released = true;
						done.add(new Replay(name, op));
					}
				}
				else if (choice < 60) {
					name = "refund";
					OrderModel order = pick(random, orders);
					// Held money is refunded through the hold; money in escrow without a
					// hold (after a correction) directly.
					long refundable = order.held > 0 ? order.held
							: ledger.balance(Accounts.escrow(order.id, order.currency)).available();
					long amount = 1 + (long) (random.nextDouble() * Math.max(1, refundable) * 1.2);
					String key = "refund:" + UUID.randomUUID();
					if (refundable == 0 || amount > refundable) {
						assertRefusedAndNothingMoved(
								() -> escrow.refund(key, order.id, Money.ofMinor(amount, order.currency), now));
					}
					else {
						Supplier<Ledger.Posted> op = () -> escrow.refund(key, order.id,
								Money.ofMinor(amount, order.currency), now);
						postings.add(op.get().postingId());
						order.held -= order.held > 0 ? amount : 0;
						done.add(new Replay(name, op));
					}
				}
				else if (choice < 75) {
					name = "payout";
					OrganisationId seller = pick(random, sellers);
					CurrencyCode currency = pick(random, CURRENCIES);
					AccountKey payable = Accounts.sellerPayable(seller, currency);
					long available = ledger.balance(payable).available();
					long amount = 1 + (long) (random.nextDouble() * Math.max(1, available) * 1.3);
					String key = "payout:" + UUID.randomUUID();
					Supplier<Ledger.Posted> op = () -> payouts.hold(key, "payout:" + key, payable,
							Accounts.inTransit(seller, currency), Money.ofMinor(amount, currency), now);
					if (amount > available) {
						assertRefusedAndNothingMoved(op::get);
					}
					else {
						Ledger.Posted posted = op.get();
						openPayouts.add(new OpenPayout(key, posted.transferIds().get(0)));
						done.add(new Replay(name, op));
					}
				}
				else if (choice < 85 && !openPayouts.isEmpty()) {
					OpenPayout payout = openPayouts.remove(random.nextInt(openPayouts.size()));
					boolean settles = random.nextBoolean();
					name = settles ? "payout-settled" : "payout-failed";
					Supplier<Ledger.Posted> op = settles
							? () -> payouts.settle(payout.key() + ":settled", payout.key(), payout.hold(),
									Provider.MOMO, now)
							: () -> payouts.fail(payout.key() + ":failed", payout.key(), payout.hold(), now);
					postings.add(op.get().postingId());
					done.add(new Replay(name, op));
					// A late callback with the opposite outcome must change nothing.
					assertRefusedAndNothingMoved(
							settles ? () -> payouts.fail(payout.key() + ":failed", payout.key(), payout.hold(), now)
									: () -> payouts.settle(payout.key() + ":settled", payout.key(), payout.hold(),
											Provider.MOMO, now));
				}
				else if (choice < 90 && !postings.isEmpty()) {
					name = "correction";
					UUID posting = pick(random, postings);
					String key = "correct:" + posting;
					String before = LedgerInvariants.footprint(jdbc);
					try {
						Supplier<Ledger.Posted> op = () -> ledger.reverse(posting, key, now);
						boolean fresh = !op.get().replayed();
						if (fresh) {
							done.add(new Replay(name, op));
							orders.stream()
								.filter(o -> ledger.posting(posting)
									.orElseThrow()
									.correlationId()
									.equals(Escrow.correlation(o.id)))
								.forEach(o -> o.held = escrow.held(o.id, o.currency).minorUnits());
						}
					}
					catch (IllegalArgumentException | Conflict refused) {
						assertThat(LedgerInvariants.footprint(jdbc)).as("a refused correction moved money")
							.isEqualTo(before);
					}
				}
				else {
					name = "replay";
					if (!done.isEmpty()) {
						Replay replay = pick(random, done);
						String before = LedgerInvariants.footprint(jdbc);
						assertThat(replay.operation().get().replayed()).as("replay of " + replay.name()).isTrue();
						assertThat(LedgerInvariants.footprint(jdbc)).as("replay of " + replay.name() + " moved money")
							.isEqualTo(before);
					}
				}
				counts.merge(name, 1, Integer::sum);
				if (step % 50 == 0) {
					checkAll(orders, "step " + step + " (" + name + ")");
				}
			}
			checkAll(orders, "the end");
		}
		catch (AssertionError | RuntimeException e) {
			throw new AssertionError("Failed at step " + step + " of seed " + SEED + " (rerun with -Disoko.test.seed="
					+ SEED + "): " + e.getMessage(), e);
		}
		assertThat(counts.keySet()).as("operations exercised: " + counts)
			.contains("pay", "release", "refund", "payout", "replay");
	}

	private void checkAll(List<OrderModel> orders, String context) {
		LedgerInvariants.check(jdbc, context);
		for (OrderModel order : orders) {
			assertThat(escrow.held(order.id, order.currency).minorUnits())
				.as("%s: escrow held for %s", context, order.id)
				.isEqualTo(order.held);
			Balance balance = ledger.balance(Accounts.escrow(order.id, order.currency));
			assertThat(balance.available()).as("%s: escrow of %s", context, order.id).isGreaterThanOrEqualTo(0);
		}
	}

	private void assertRefusedAndNothingMoved(Runnable operation) {
		String before = LedgerInvariants.footprint(jdbc);
		assertThatThrownBy(operation::run).isInstanceOfAny(IllegalArgumentException.class, Conflict.class);
		assertThat(LedgerInvariants.footprint(jdbc)).as("a refused operation moved money").isEqualTo(before);
	}

	/**
	 * A random split of {@code total} into goods, freight, duty and tax, and fees, for a
	 * random seller and currency.
	 */
	private static Escrow.Release split(Random random, OrderModel order, long total, List<OrganisationId> sellers) {
		long freight = (long) (total * random.nextDouble() * 0.3);
		long duty = (long) ((total - freight) * random.nextDouble() * 0.3);
		long fees = (long) ((total - freight - duty) * random.nextDouble() * 0.1);
		long goods = total - freight - duty - fees;
		CurrencyCode c = order.currency;
		return new Escrow.Release(order.id, Money.ofMinor(goods, c), Money.ofMinor(freight, c), "Kigali Air Cargo",
				Money.ofMinor(duty, c),
				pick(random, List.of(CountryCode.of("CN"), CountryCode.of("KE"), CountryCode.of("RW"))),
				Money.ofMinor(fees, c), pick(random, sellers), pick(random, CURRENCIES));
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
