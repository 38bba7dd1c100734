package org.isoko.payments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.isoko.payments.ledger.AccountKey;
import org.isoko.payments.ledger.Leg;
import org.isoko.payments.ledger.PendingTransfer;
import org.isoko.payments.ledger.PostingRequest;
import org.isoko.payments.ledger.TransferCode;
import org.isoko.shared.Conflict;
import org.isoko.shared.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money going out through a provider (a seller's payout, a buyer's refund), as a
 * two-phase transfer: the amount is held from the payable account into "in transit"
 * before the provider is called (so it can never exceed the balance), posted when the
 * provider confirms, voided, back into the payable, when it fails.
 */
@Component
class PayoutPostings {

	private final Ledger ledger;

	PayoutPostings(Ledger ledger) {
		this.ledger = ledger;
	}

	@Transactional
	Ledger.Posted hold(String key, String correlation, AccountKey payable, AccountKey inTransit, Money amount,
			Instant at) {
		return ledger.post(PostingRequest.of(key, correlation, TransferCode.PAYOUT_HOLD, at, Escrow.day(at),
				List.of(Leg.pending(payable, inTransit, amount.minorUnits(), TransferCode.PAYOUT_HOLD, null))));
	}

	/**
	 * The provider paid: the hold is posted and the money leaves the provider's clearing
	 * account.
	 */
	@Transactional
	Ledger.Posted settle(String key, String correlation, UUID holdId, Provider provider, Instant at) {
		var recorded = ledger.recorded(key);
		if (recorded.isPresent()) {
			return recorded.get();
		}
		PendingTransfer hold = open(holdId);
		return ledger.post(PostingRequest.of(key, correlation, TransferCode.PAYOUT_SETTLED, at, Escrow.day(at),
				List.of(Leg.post(hold, hold.amount(), TransferCode.PAYOUT_SETTLED),
						Leg.posted(hold.credit(), Accounts.clearing(provider, hold.credit().currency()), hold.amount(),
								TransferCode.PAYOUT_SETTLED))));
	}

	/**
	 * The provider could not pay: the hold is voided and the money is back in the payable
	 * balance.
	 */
	@Transactional
	Ledger.Posted fail(String key, String correlation, UUID holdId, Instant at) {
		var recorded = ledger.recorded(key);
		if (recorded.isPresent()) {
			return recorded.get();
		}
		PendingTransfer hold = open(holdId);
		return ledger.post(PostingRequest.of(key, correlation, TransferCode.PAYOUT_FAILED, at, Escrow.day(at),
				List.of(Leg.voiding(hold, TransferCode.PAYOUT_FAILED))));
	}

	private PendingTransfer open(UUID holdId) {
		return ledger.pending(holdId)
			.orElseThrow(() -> new Conflict("Payout hold " + holdId + " is already settled or failed"));
	}

}
