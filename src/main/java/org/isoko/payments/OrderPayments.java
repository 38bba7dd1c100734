package org.isoko.payments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.ordering.PaymentHistory;
import org.isoko.ordering.PaymentStep;
import org.isoko.ordering.PaymentStep.Attempt;
import org.isoko.ordering.PaymentStep.NextAction;
import org.isoko.shared.CurrencyCode;
import org.springframework.stereotype.Component;

/**
 * Paying orders: the {@link PaymentStep} of each provider that ordering offers buyers,
 * and the history of an order's payments that the buyer's order page shows.
 */
@Component
class OrderPayments implements PaymentHistory {

	private final Payments payments;

	private final ProviderAddresses addresses;

	OrderPayments(Payments payments, ProviderAddresses addresses) {
		this.payments = payments;
		this.addresses = addresses;
	}

	@Override
	public List<Attempt> attempts(OrderId order) {
		return payments.forOrder(order).stream().map(this::attempt).toList();
	}

	@Override
	public Optional<Attempt> byKey(OrderId order, String idempotencyKey) {
		return payments.byKey(order, idempotencyKey).map(this::attempt);
	}

	/**
	 * The step buyers choose as {@code provider}, for the currencies it is configured to
	 * take.
	 */
	PaymentStep step(Provider provider, List<String> currencies) {
		return new ProviderStep(provider, currencies.stream().map(CurrencyCode::of).toList());
	}

	private final class ProviderStep implements PaymentStep {

		private final Provider provider;

		private final List<CurrencyCode> currencies;

		ProviderStep(Provider provider, List<CurrencyCode> currencies) {
			this.provider = provider;
			this.currencies = currencies;
		}

		@Override
		public String provider() {
			return provider.name();
		}

		@Override
		public boolean accepts(CurrencyCode currency) {
			return currencies.contains(currency);
		}

		@Override
		public boolean needsPhone() {
			return provider == Provider.MOMO;
		}

		@Override
		public Attempt start(Request request) {
			UUID id = payments.create(
					new Payments.Collect(request.order(), request.amount(), provider, request.phone(), request.buyer(),
							request.idempotencyKey(), request.seller(), request.origin(), request.destination()));
			return attempt(payments.view(id));
		}

		@Override
		public Attempt send(Attempt started) {
			return attempt(payments.send(started.id()));
		}

	}

	/** The attempt as the buyer sees it: the wallet's URLs on the buyer's host. */
	Attempt attempt(PaymentView payment) {
		NextAction next = switch (payment.status()) {
			case CREATED -> NextAction.WAIT;
			case PENDING ->
				new NextAction(kind(payment.nextStep().kind()), addresses.forBuyer(payment.nextStep().redirectUrl()),
						addresses.forBuyer(payment.nextStep().qrPayload()));
			default -> NextAction.NONE;
		};
		return new Attempt(payment.id(), payment.provider().name(), payment.amount(), status(payment.status()),
				payment.reason(), false, next, payment.createdAt());
	}

	/** A pending payment whose provider asks nothing of the payer is waiting for it. */
	private static NextAction.Kind kind(NextStep.Kind kind) {
		return switch (kind) {
			case APPROVE_ON_PHONE -> NextAction.Kind.APPROVE_ON_PHONE;
			case REDIRECT -> NextAction.Kind.REDIRECT;
			case NONE -> NextAction.Kind.WAIT;
		};
	}

	private static PaymentStep.AttemptStatus status(PaymentStatus status) {
		return switch (status) {
			case CREATED -> PaymentStep.AttemptStatus.CREATED;
			case PENDING -> PaymentStep.AttemptStatus.PENDING;
			case SUCCESSFUL -> PaymentStep.AttemptStatus.SUCCESSFUL;
			case FAILED -> PaymentStep.AttemptStatus.FAILED;
		};
	}

}
