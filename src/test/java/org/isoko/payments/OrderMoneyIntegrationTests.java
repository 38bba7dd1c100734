package org.isoko.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderCharges;
import org.isoko.ordering.OrderCompleted;
import org.isoko.ordering.OrderId;
import org.isoko.shared.CountryCode;
import org.isoko.shared.HubCode;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * What payments does with the ordering module's events: release on completion, refund on
 * cancellation, exactly once. These tests call the listeners' work directly, with events
 * made up for orders that exist only in the ledger;
 * {@link OrderPaymentFlowIntegrationTests} drives real orders through the events.
 */
class OrderMoneyIntegrationTests extends EscrowPostingTestSupport {

	/** An order the split's arithmetic is about (it names it only in its messages). */
	private static final OrderId ORDER = OrderId.random();

	static final CurrencyCode CNY = CurrencyCode.of("CNY");
	static final CurrencyCode RWF = CurrencyCode.of("RWF");

	@Test
	void completedOrderReleasesEscrowToTheSellerInTheSellersCurrencyWithCommissionAndSpreadOnce() {
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo");
		OrderId order = new OrderId(UUID.randomUUID());
		Money paid = Money.ofMinor(100_000, "CNY"); // 1,000.00 CNY
		escrow.capture("capture:" + order.value(), Provider.WALLET, order, paid, Instant.now());
		long sellerBefore = ledger.balance(Accounts.sellerPayable(seller, RWF)).available();
		long feesBefore = ledger.balance(Accounts.fees(CNY)).net();
		long spreadBefore = ledger.balance(Accounts.spread(CNY)).net();

		OrderCompleted completed = completed(order, seller, goodsOnly(paid));
		orderMoney.release(completed);
		String footprint = LedgerInvariants.footprint(jdbc);
		orderMoney.release(completed); // redelivered event

		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
		assertThat(escrow.held(order, CNY).isZero()).isTrue();
		// 5 % commission on 1,000.00 = 50.00; 1 % spread on the remaining 950.00 = 9.50;
		// 940.50 CNY converted to RWF.
		assertThat(ledger.balance(Accounts.fees(CNY)).net() - feesBefore).isEqualTo(5_000);
		assertThat(ledger.balance(Accounts.spread(CNY)).net() - spreadBefore).isEqualTo(950);
		assertThat(ledger.balance(Accounts.sellerPayable(seller, RWF)).available()).isGreaterThan(sellerBefore);
		assertThat(jdbc.sql("SELECT fx_rate FROM payments_posting WHERE idempotency_key = :k")
			.param("k", "release:order:" + order.value() + ":CNY")
			.query(java.math.BigDecimal.class)
			.single()).isPositive();
		LedgerInvariants.check(jdbc, "after a release");
	}

	@Test
	void cancelledPaidOrderGivesTheHeldMoneyBackAndAnUnpaidOrderMovesNothing() {
		OrderId paidOrder = new OrderId(UUID.randomUUID());
		Money paid = Money.ofMinor(30_000, "RWF");
		escrow.capture("capture:" + paidOrder.value(), Provider.MOMO, paidOrder, paid, Instant.now());

		orderMoney.refundAll(paidOrder, Instant.now());

		assertThat(escrow.held(paidOrder, RWF).isZero()).isTrue();
		assertThat(ledger.balance(Accounts.refundPayable(paidOrder, RWF)).available()).isEqualTo(30_000);

		String footprint = LedgerInvariants.footprint(jdbc);
		OrderId unpaid = new OrderId(UUID.randomUUID());
		orderMoney.refundAll(unpaid, Instant.now());
		orderMoney.release(completed(unpaid, PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo"),
				goodsOnly(paid)));
		assertThat(LedgerInvariants.footprint(jdbc)).isEqualTo(footprint);
	}

	@Test
	void releaseSplitsTheHeldMoneyAsTheBuyerWasChargedToCarrierCustomsPlatformAndSeller() {
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo");
		OrderId order = new OrderId(UUID.randomUUID());
		// goods 800.00, freight 120.00, insurance 4.00, duty 0, taxes 76.00 (cross-border
		// retail), fees 0 → 1,000.00 CNY
		OrderCharges charges = new OrderCharges(cny(80_000), cny(12_000), cny(400), cny(0), cny(7_600), cny(0),
				cny(100_000));
		escrow.capture("capture:" + order.value(), Provider.WALLET, order, charges.total(), Instant.now());
		long carrier = ledger.balance(Accounts.freight("China Post EMS", CNY)).creditsPosted();
		long customs = ledger.balance(Accounts.dutyTax(CountryCode.of("CN"), CNY)).creditsPosted();
		long fees = ledger.balance(Accounts.fees(CNY)).creditsPosted();

		orderMoney.release(new OrderCompleted(order, seller, charges.total(), charges, "China Post EMS",
				HubCode.of("HGH"), Instant.now()));

		assertThat(ledger.balance(Accounts.freight("China Post EMS", CNY)).creditsPosted() - carrier).isEqualTo(12_400);
		assertThat(ledger.balance(Accounts.dutyTax(CountryCode.of("CN"), CNY)).creditsPosted() - customs)
			.isEqualTo(7_600);
		assertThat(ledger.balance(Accounts.fees(CNY)).creditsPosted() - fees).isEqualTo(4_000); // 5
																								// %
																								// commission
																								// on
																								// the
																								// goods
																								// only
		assertThat(escrow.held(order, CNY).isZero()).isTrue();
		LedgerInvariants.check(jdbc, "after a split release");
	}

	@Test
	void moneyRefundedBeforeReleaseComesOffTheGoodsFirst() {
		OrganisationId seller = PaymentsTestSupport.organisationOf(users, "seller.coop@isoko.demo");
		OrderCharges charges = new OrderCharges(cny(80_000), cny(12_000), cny(400), cny(1_000), cny(7_600), cny(500),
				cny(101_500));

		Escrow.Release partly = OrderMoney.split(ORDER, charges, cny(71_500), "c", CountryCode.of("CN"), seller, RWF);
		assertThat(partly.goods()).isEqualTo(cny(50_000));
		assertThat(partly.freight()).isEqualTo(cny(12_400));
		assertThat(partly.dutyTax()).isEqualTo(cny(8_600));
		assertThat(partly.fees()).isEqualTo(cny(500));
		assertThat(partly.total()).isEqualTo(cny(71_500));

		Escrow.Release beyondTheGoods = OrderMoney.split(ORDER, charges, cny(21_000), "c", CountryCode.of("CN"), seller,
				RWF);
		assertThat(beyondTheGoods.goods().isZero()).isTrue();
		assertThat(beyondTheGoods.fees().isZero()).isTrue();
		assertThat(beyondTheGoods.freight()).isEqualTo(cny(12_400));
		assertThat(beyondTheGoods.total()).isEqualTo(cny(21_000));

		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> OrderMoney.split(ORDER, charges, cny(101_501), "c", CountryCode.of("CN"), seller, RWF))
			.isInstanceOf(org.isoko.shared.InvalidInput.class);
	}

	static OrderCharges goodsOnly(Money goods) {
		Money zero = Money.zero(goods.currency());
		return new OrderCharges(goods, zero, zero, zero, zero, zero, goods);
	}

	static OrderCompleted completed(OrderId order, OrganisationId seller, OrderCharges charges) {
		return new OrderCompleted(order, seller, charges.total(), charges, "RwandAir Cargo", HubCode.of("HGH"),
				Instant.now());
	}

}
