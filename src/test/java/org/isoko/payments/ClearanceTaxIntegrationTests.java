package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderCleared;
import org.isoko.ordering.OrderCompleted;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The duty and taxes withheld from the buyer go to the customs authority's account when
 * customs clears the order: ordering's {@link OrderCleared}, published in a transaction,
 * reaches payments through the event publication registry; they leave escrow once,
 * however often the event comes, and the release at completion pays customs nothing more
 * and splits only what is left. Amounts to the fen; the trial balance stays zero.
 */
class ClearanceTaxIntegrationTests extends EscrowPostingTestSupport {

	static final CountryCode CHINA = CountryCode.of("CN");

	@Autowired
	ClearanceTax clearanceTax;

	@Autowired
	DepartureFreight departureFreight;

	@Test
	void clearancePaysTheDutyAndTaxesToCustomsOnceAndCompletionReleasesTheRest() {
		OrganisationId seller = demoSeller();
		// goods 800.00, freight 120.00, insurance 4.00, duty 12.34, taxes 76.01, fees
		// 7.65 → 1,020.00 CNY
		OrderCharges charges = new OrderCharges(cny(80_000), cny(12_000), cny(400), cny(1_234), cny(7_601), cny(765),
				cny(102_000));
		OrderId order = paidOrder(charges.total());
		String carrier = "RwandAir Cargo " + UUID.randomUUID();
		departureFreight.pay(order, cny(12_000), carrier, Instant.now());
		long customsBefore = ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted();
		OrderCleared cleared = new OrderCleared(order, Instant.now(), charges, HubCode.of("HGH"), "29912026I000000042");

		publishCommitted(cleared);

		await().atMost(PATIENCE).until(() -> clearanceTax.paidAtClearance(order, CNY).isPresent());
		assertThat(clearanceTax.paidAtClearance(order, CNY)).contains(cny(8_835));
		assertThat(ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted() - customsBefore).isEqualTo(8_835);
		assertThat(held(order)).isEqualTo(cny(102_000 - 12_000 - 8_835));
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
		assertThat(ledger.balance(Accounts.escrow(order, CNY)).net()).isZero();
		LedgerInvariants.check(jdbc, "after the release of a cleared order");
	}

	@Test
	void dutyBeyondWhatEscrowHoldsPaysOnlyWhatIsHeldAndAnOrderWithNothingHeldPaysNothing() {
		OrderId partlyRefunded = partlyRefundedOrder(cny(10_000), cny(9_000));
		OrderId demoPaid = new OrderId(UUID.randomUUID());
		long customsBefore = ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted();

		assertThat(clearanceTax.pay(partlyRefunded, cny(2_500), CHINA, null, Instant.now())).isEqualTo(cny(1_000));
		String footprint = LedgerInvariants.footprint(jdbc);
		assertThat(clearanceTax.pay(demoPaid, cny(2_500), CHINA, null, Instant.now()).isZero()).isTrue();

		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(ledger.balance(Accounts.dutyTax(CHINA, CNY)).creditsPosted() - customsBefore).isEqualTo(1_000);
		assertThat(held(partlyRefunded).isZero()).isTrue();
		LedgerInvariants.check(jdbc, "after duty beyond the held money");
	}

}
