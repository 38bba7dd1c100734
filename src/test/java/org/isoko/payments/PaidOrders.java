package org.isoko.payments;

import java.util.UUID;

import org.isoko.identity.OrganisationId;
import org.isoko.identity.UserId;
import org.isoko.ordering.OrderId;
import org.isoko.payments.simulator.MomoSimulator;
import org.isoko.payments.simulator.WalletSimulator;
import org.isoko.shared.HubCode;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders paid through the simulated providers, as the order flow pays them: the money
 * ends up held in escrow.
 */
final class PaidOrders {

	private final Payments payments;

	private final MomoSimulator momo;

	private final WalletSimulator wallet;

	private final JdbcClient jdbc;

	PaidOrders(Payments payments, MomoSimulator momo, WalletSimulator wallet, JdbcClient jdbc) {
		this.payments = payments;
		this.momo = momo;
		this.wallet = wallet;
		this.jdbc = jdbc;
	}

	/** The route of every order paid here (its operators may refund it). */
	static final HubCode KGL = HubCode.of("KGL");
	static final HubCode HGH = HubCode.of("HGH");

	record Paid(OrderId order, UUID payment, UUID reference, Money amount, Provider provider, @Nullable String payer) {
	}

	Paid byWallet(Money amount, @Nullable OrganisationId seller, @Nullable UserId buyer) {
		OrderId order = OrderId.random();
		UUID id = payments
			.create(new Payments.Collect(order, amount, Provider.WALLET, null, buyer, null, seller, KGL, HGH));
		payments.send(id);
		UUID reference = PaymentsTestSupport.referenceOf(jdbc, id);
		wallet.pay(reference.toString());
		return paid(id, order, reference, amount, Provider.WALLET, null);
	}

	/**
	 * Mobile money from {@code payer}; numbers ending in 5 (or 6-9, 0) succeed at once in
	 * the simulator.
	 */
	Paid byMomo(Money amount, String payer, @Nullable OrganisationId seller, @Nullable UserId buyer) {
		OrderId order = OrderId.random();
		UUID id = payments.create(
				new Payments.Collect(order, amount, Provider.MOMO, Msisdn.of(payer), buyer, null, seller, KGL, HGH));
		payments.send(id);
		momo.deliverCallbacks();
		return paid(id, order, PaymentsTestSupport.referenceOf(jdbc, id), amount, Provider.MOMO,
				Msisdn.of(payer).value());
	}

	private Paid paid(UUID id, OrderId order, UUID reference, Money amount, Provider provider, @Nullable String payer) {
		PaymentView view = payments.view(id);
		if (view.status() != PaymentStatus.SUCCESSFUL) {
			throw new IllegalStateException("Payment of order " + order + " did not succeed: " + view);
		}
		return new Paid(order, id, reference, amount, provider, payer);
	}

}
