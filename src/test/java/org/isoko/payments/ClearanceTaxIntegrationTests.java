package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserDirectory;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderCleared;
import org.isoko.ordering.OrderCompleted;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duty and taxes withheld from the buyer go to the customs authority's account when
 * customs clears the order: ordering's {@link OrderCleared}, published in a transaction,
 * reaches payments through the event publication registry; they leave escrow once,
 * however often the event comes, and the release at completion pays customs nothing more
 * and splits only what is left. Amounts to the fen; the trial balance stays zero.
 */
@SpringBootTest(properties = "isoko.payments.jobs.enabled=false")
class ClearanceTaxIntegrationTests {

	static final CurrencyCode CNY = CurrencyCode.of("CNY");

	static final CountryCode CHINA = CountryCode.of("CN");

	static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	ClearanceTax clearanceTax;

	@Autowired
	DepartureFreight departureFreight;

	@Autowired
	OrderMoney orderMoney;

	@Autowired
	Escrow escrow;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDirectory users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void clearancePaysTheDutyAndTaxesToCustomsOnceAndCompletionReleasesTheRest() {
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo");
		// goods 800.00, freight 120.00, insurance 4.00, duty 12.34, taxes 76.01, fees
		// 7.65 → 1,020.00 CNY
		OrderCharges charges = new OrderCharges(cny(80_000), cny(12_000), cny(400), cny(1_234), cny(7_601), cny(765),
				cny(102_000));
		OrderId order = new OrderId(UUID.randomUUID());
		escrow.capture("capture:" + order.value(), Provider.WALLET, order.value().toString(), charges.total(),
				Instant.now());
		String carrier = "RwandAir Cargo " + UUID.randomUUID();
		departureFreight.pay(order, cny(12_000), carrier, Instant.now());
		long customsBefore = ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted();
		OrderCleared cleared = new OrderCleared(order, Instant.now(), charges, HubCode.of("HGH"), "29912026I000000042");

		transactions.executeWithoutResult(status -> events.publishEvent(cleared));

		await().atMost(PATIENCE).until(() -> clearanceTax.paidAtClearance(order, CNY).isPresent());
		assertThat(clearanceTax.paidAtClearance(order, CNY)).contains(cny(8_835));
		assertThat(ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted() - customsBefore).isEqualTo(8_835);
		assertThat(escrow.held(order.value().toString(), CNY)).isEqualTo(cny(102_000 - 12_000 - 8_835));
		LedgerInvariants.check(jdbc, "after the clearance");

		String footprint = LedgerInvariants.footprint(jdbc);
		clearanceTax.on(cleared); // redelivered
		assertThat(clearanceTax.pay(order, cny(8_835), CHINA, null, Instant.now())).isEqualTo(cny(8_835));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);

		long fees = ledger.balance(Accounts.fees(CNY)).creditsPosted();
		orderMoney.release(
				new OrderCompleted(order, seller, charges.total(), charges, carrier, HubCode.of("HGH"), Instant.now()));

		// Completion pays customs nothing more: the duty and taxes left at clearance.
		assertThat(ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted() - customsBefore).isEqualTo(8_835);
		assertThat(ledger.balance(Accounts.freight(carrier, CNY)).creditsPosted()).isEqualTo(12_400);
		assertThat(ledger.balance(Accounts.fees(CNY)).creditsPosted() - fees).isEqualTo(765 + 4_000);
		assertThat(ledger.balance(Accounts.escrow(order.value().toString(), CNY)).net()).isZero();
		LedgerInvariants.check(jdbc, "after the release of a cleared order");
	}

	@Test
	void dutyBeyondWhatEscrowHoldsPaysOnlyWhatIsHeldAndAnOrderWithNothingHeldPaysNothing() {
		OrderId partlyRefunded = new OrderId(UUID.randomUUID());
		escrow.capture("capture:" + partlyRefunded.value(), Provider.WALLET, partlyRefunded.value().toString(),
				cny(10_000), Instant.now());
		escrow.refund("refund:" + partlyRefunded.value(), partlyRefunded.value().toString(), cny(9_000), Instant.now());
		OrderId demoPaid = new OrderId(UUID.randomUUID());
		long customsBefore = ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted();

		assertThat(clearanceTax.pay(partlyRefunded, cny(2_500), CHINA, null, Instant.now())).isEqualTo(cny(1_000));
		String footprint = LedgerInvariants.footprint(jdbc);
		assertThat(clearanceTax.pay(demoPaid, cny(2_500), CHINA, null, Instant.now()).isZero()).isTrue();

		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted() - customsBefore).isEqualTo(1_000);
		assertThat(escrow.held(partlyRefunded.value().toString(), CNY).isZero()).isTrue();
		LedgerInvariants.check(jdbc, "after duty beyond the held money");
	}

	static Money cny(long minor) {
		return Money.ofMinor(minor, "CNY");
	}

}
