package org.isoko.payments;

import java.util.Optional;
import java.util.UUID;

import org.isoko.ordering.OrderId;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Mobile money collections and disbursements through {@link MomoApi}. */
@Component
class MomoCollections implements Collections, Disbursements {

	private final MomoApi api;

	MomoCollections(MomoApi api) {
		this.api = api;
	}

	@Override
	public Provider provider() {
		return Provider.MOMO;
	}

	@Override
	public NextStep request(UUID referenceId, Money amount, @Nullable Msisdn payer, OrderId order, String callbackUrl) {
		if (payer == null) {
			throw new InvalidInput("payer", "Mobile money needs the payer's phone number, e.g. +250788123456");
		}
		api.requestToPay(referenceId, amount, payer, order.toString(), callbackUrl);
		return NextStep.approveOnPhone();
	}

	@Override
	public Optional<ProviderStatus> status(UUID referenceId) {
		return api.requestToPayStatus(referenceId);
	}

	@Override
	public void transfer(UUID referenceId, Money amount, Msisdn payee, String externalId, String callbackUrl) {
		api.transfer(referenceId, amount, payee, externalId, callbackUrl);
	}

	@Override
	public Optional<ProviderStatus> statusOfTransfer(UUID referenceId) {
		return api.transferStatus(referenceId);
	}

}
