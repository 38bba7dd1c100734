package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Property-style proof that provider reports take effect exactly once, whatever their
 * order: many payments across currencies and both providers, each sent a random
 * interleaving of "still pending" reports, its final report, copies of it, a
 * contradicting late report and (sometimes) a confirmation for the wrong amount.
 * Afterwards every payment has the status of its first final report, escrow holds exactly
 * the payments that succeeded, each was captured by one posting, and the ledger balances.
 * A failure names its seed; rerun it with {@code -Disoko.test.seed=<seed>}.
 */
@SpringBootTest(properties = "isoko.payments.jobs.enabled=false")
class PaymentCallbacksRandomizedIntegrationTests {

	static final long SEED = Long.getLong("isoko.test.seed", System.nanoTime());

	static final List<CurrencyCode> CURRENCIES = List.of("RWF", "CNY", "KES", "USD")
		.stream()
		.map(CurrencyCode::of)
		.toList();

	@Autowired
	Payments payments;

	@Autowired
	Escrow escrow;

	@Autowired
	JdbcClient jdbc;

	/** Payments per run; the PostgreSQL subclass runs fewer. */
	int payments() {
		return 150;
	}

	record Report(PaymentUnderTest payment, ProviderStatus status) {
	}

	static final class PaymentUnderTest {

		final OrderId order = OrderId.random();

		final Money amount;

		final Provider provider;

		UUID id;

		UUID reference;

		ProviderStatus.State expected;

		PaymentUnderTest(Money amount, Provider provider) {
			this.amount = amount;
			this.provider = provider;
		}

	}

	@Test
	void everyPaymentTakesItsFirstFinalReportOnceWhateverTheOrderOfReports() {
		Random random = new Random(SEED);
		List<PaymentUnderTest> all = new ArrayList<>();
		List<Report> reports = new ArrayList<>();
		for (int i = 0; i < payments(); i++) {
			CurrencyCode currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
			Provider provider = random.nextBoolean() ? Provider.MOMO : Provider.WALLET;
			PaymentUnderTest payment = new PaymentUnderTest(Money.ofMinor(1 + random.nextInt(10_000_000), currency),
					provider);
			payment.id = payments.create(new Payments.Collect(payment.order, payment.amount, provider,
					provider == Provider.MOMO ? Msisdn.of("+25078800" + String.format("%04d", i)) : null, null));
			payment.reference = PaymentsTestSupport.referenceOf(jdbc, payment.id);
			all.add(payment);
			reports.addAll(reportsFor(payment, random));
		}
		Collections.shuffle(reports, random);
		// The first final report of each payment in the shuffled order decides it (a
		// wrong-amount confirmation decides nothing).
		for (Report report : reports) {
			PaymentUnderTest payment = report.payment();
			if (payment.expected == null && report.status().state().isFinal()
					&& !wrongAmount(payment, report.status())) {
				payment.expected = report.status().state();
			}
		}

		for (Report report : reports) {
			payments.apply(report.payment().reference, report.status());
		}
		String footprint = LedgerInvariants.footprint(jdbc);
		for (Report report : reports.subList(0, Math.min(50, reports.size()))) {
			assertThat(payments.apply(report.payment().reference, report.status()))
				.as("seed %d: a replayed report changes nothing", SEED)
				.isFalse();
		}

		assertThat(LedgerInvariants.footprint(jdbc)).as("seed %d: replays moved money", SEED).isEqualTo(footprint);
		for (PaymentUnderTest payment : all) {
			PaymentStatus status = payments.view(payment.id).status();
			long captures = jdbc.sql("SELECT COUNT(*) FROM payments_posting WHERE idempotency_key = :key")
				.param("key", "capture:" + payment.id)
				.query(Long.class)
				.single();
			if (payment.expected == ProviderStatus.State.SUCCESSFUL) {
				assertThat(status).as("seed %d: payment %s", SEED, payment.id).isEqualTo(PaymentStatus.SUCCESSFUL);
				assertThat(escrow.held(payment.order, payment.amount.currency())).as("seed %d", SEED)
					.isEqualTo(payment.amount);
				assertThat(captures).as("seed %d: captured once", SEED).isOne();
			}
			else {
				assertThat(status).as("seed %d: payment %s", SEED, payment.id)
					.isEqualTo(payment.expected == null ? PaymentStatus.PENDING : PaymentStatus.FAILED);
				assertThat(escrow.held(payment.order, payment.amount.currency()).isZero()).as("seed %d", SEED).isTrue();
				assertThat(captures).as("seed %d: never captured", SEED).isZero();
			}
		}
		LedgerInvariants.check(jdbc, "seed " + SEED + ": after " + reports.size() + " shuffled provider reports");
	}

	/**
	 * Pending reports, the final one, copies of it, a contradicting late one, and
	 * sometimes a wrong-amount confirmation.
	 */
	private static List<Report> reportsFor(PaymentUnderTest payment, Random random) {
		List<Report> reports = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			reports.add(new Report(payment, status(ProviderStatus.State.PENDING, null, payment.amount)));
		}
		boolean succeeds = random.nextInt(4) > 0;
		ProviderStatus outcome = succeeds ? status(ProviderStatus.State.SUCCESSFUL, null, payment.amount)
				: status(ProviderStatus.State.FAILED, "APPROVAL_REJECTED", payment.amount);
		for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
			reports.add(new Report(payment, outcome));
		}
		if (random.nextInt(3) == 0) {
			reports.add(new Report(payment,
					succeeds ? status(ProviderStatus.State.FAILED, "INTERNAL_PROCESSING_ERROR", payment.amount)
							: status(ProviderStatus.State.SUCCESSFUL, null, payment.amount)));
		}
		if (random.nextInt(5) == 0) {
			reports.add(new Report(payment, status(ProviderStatus.State.SUCCESSFUL, null,
					payment.amount.plus(Money.ofMinor(1, payment.amount.currency())))));
		}
		return reports;
	}

	private static ProviderStatus status(ProviderStatus.State state, String reason, Money amount) {
		return new ProviderStatus(state, reason, "tx-" + UUID.randomUUID(), amount.amount(), amount.currency().value());
	}

	private static boolean wrongAmount(PaymentUnderTest payment, ProviderStatus status) {
		return status.state() == ProviderStatus.State.SUCCESSFUL && !payment.amount.amount().equals(status.amount());
	}

}
