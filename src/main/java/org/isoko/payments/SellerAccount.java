package org.isoko.payments;

import java.util.List;

import org.isoko.identity.OrganisationId;
import org.isoko.shared.CurrencyCode;
import org.isoko.shared.Money;
import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller's money for other channels than the web (USSD): balances per currency and the
 * payouts, as the seller's payments page shows them.
 */
@Service
public class SellerAccount {

	private final LedgerReports reports;

	private final Payouts payouts;

	SellerAccount(LedgerReports reports, Payouts payouts) {
		this.reports = reports;
		this.payouts = payouts;
	}

	/**
	 * Money available to pay out, on its way out and paid out so far, in one currency.
	 */
	public record Balance(CurrencyCode currency, Money available, Money inTransit, Money paidOut) {
	}

	@Transactional(readOnly = true)
	public List<Balance> balances(OrganisationId seller) {
		return reports.sellerBalances(seller)
			.stream()
			.map(b -> new Balance(b.currency(), b.available(), b.inTransit(), b.paidOut()))
			.toList();
	}

	/** The seller's payouts, newest first. */
	@Transactional(readOnly = true)
	public PageOf<PayoutView> payouts(OrganisationId seller, PageRequest page) {
		return payouts.forOwner("org:" + seller.value(), page);
	}

}
