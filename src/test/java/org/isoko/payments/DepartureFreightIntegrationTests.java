package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.logistics.ConsignmentDeparted;
import org.isoko.logistics.ConsignmentId;
import org.isoko.network.CorridorId;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderCompleted;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The buyers' freight goes to the carrier when their consignment departs: logistics'
 * {@link ConsignmentDeparted}, published in a transaction as logistics publishes it, is
 * delivered to payments through the event publication registry; each order's freight
 * leaves its escrow for the carrier's payable once, however often the event comes, and
 * the release on completion splits only what is left.
 */
class DepartureFreightIntegrationTests extends EscrowPostingTestSupport {

	@Autowired
	DepartureFreight departureFreight;

	@Test
	void departurePaysEachOrdersFreightToTheCarrierOnceAndCompletionReleasesTheRest() {
		OrganisationId seller = demoSeller();
		// goods 800.00, freight 120.00, insurance 4.00, taxes 76.00 → 1,000.00 CNY
		OrderCharges charges = new OrderCharges(cny(80_000), cny(12_000), cny(400), cny(0), cny(7_600), cny(0),
				cny(100_000));
		OrderId order = paidOrder(charges.total());
		OrderId other = paidOrder(cny(30_000)); // 50.00 CNY freight of 300.00
		// Paid with the demo step: nothing held
		OrderId unpaid = new OrderId(UUID.randomUUID());
		String carrier = "RwandAir Cargo " + UUID.randomUUID();
		ConsignmentDeparted departed = departed(carrier,
				List.of(new ConsignmentDeparted.OrderFreight(order, cny(12_000)),
						new ConsignmentDeparted.OrderFreight(other, cny(5_000)),
						new ConsignmentDeparted.OrderFreight(unpaid, cny(3_000))));

		publishCommitted(departed);

		await().atMost(PATIENCE).until(() -> ledger.balance(Accounts.freight(carrier, CNY)).creditsPosted() == 17_000);
		assertThat(held(order)).isEqualTo(cny(88_000));
		assertThat(held(other)).isEqualTo(cny(25_000));
		assertThat(departureFreight.paidAtDeparture(order, CNY)).contains(cny(12_000));
		assertThat(departureFreight.paidAtDeparture(unpaid, CNY)).isEmpty();
		LedgerInvariants.check(jdbc, "after the departure");

		String footprint = LedgerInvariants.footprint(jdbc);
		departureFreight.on(departed); // redelivered
		assertThat(departureFreight.pay(order, cny(12_000), "another carrier", Instant.now())).isEqualTo(cny(12_000));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);

		long customs = ledger.balance(Accounts.dutyTax(CountryCode.of("CN"), CNY)).creditsPosted();
		long fees = ledger.balance(Accounts.fees(CNY)).creditsPosted();
		orderMoney.release(
				new OrderCompleted(order, seller, charges.total(), charges, carrier, HubCode.of("HGH"), Instant.now()));

		// The release pays the carrier only the insurance now; the goods and taxes are
		// untouched by the freight paid earlier.
		assertThat(ledger.balance(Accounts.freight(carrier, CNY)).creditsPosted()).isEqualTo(17_400);
		assertThat(ledger.balance(Accounts.dutyTax(CountryCode.of("CN"), CNY)).creditsPosted() - customs)
			.isEqualTo(7_600);
		assertThat(ledger.balance(Accounts.fees(CNY)).creditsPosted() - fees).isEqualTo(4_000);
		assertThat(held(order).isZero()).isTrue();
		assertThat(ledger.balance(Accounts.escrow(order, CNY)).net()).isZero();
		LedgerInvariants.check(jdbc, "after the release of a departed order");
	}

	@Test
	void freightBeyondWhatEscrowStillHoldsPaysOnlyWhatIsHeldAndARefundedOrderPaysNothing() {
		OrderId partlyRefunded = partlyRefundedOrder(cny(10_000), cny(7_000));
		OrderId refunded = paidOrder(cny(10_000));
		orderMoney.refundAll(refunded, Instant.now());
		String carrier = "Truck " + UUID.randomUUID();

		assertThat(departureFreight.pay(partlyRefunded, cny(5_000), carrier, Instant.now())).isEqualTo(cny(3_000));
		String footprint = LedgerInvariants.footprint(jdbc);
		assertThat(departureFreight.pay(refunded, cny(5_000), carrier, Instant.now()).isZero()).isTrue();

		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(ledger.balance(Accounts.freight(carrier, CNY)).creditsPosted()).isEqualTo(3_000);
		assertThat(held(partlyRefunded).isZero()).isTrue();
		LedgerInvariants.check(jdbc, "after freight beyond the held money");
	}

	static ConsignmentDeparted departed(String carrier, List<ConsignmentDeparted.OrderFreight> orders) {
		return new ConsignmentDeparted(new ConsignmentId(UUID.randomUUID()), "176-12345675",
				new CorridorId(UUID.randomUUID()), HubCode.of("KGL"), HubCode.of("HGH"), carrier, cny(10_000), orders,
				Instant.now());
	}

}
