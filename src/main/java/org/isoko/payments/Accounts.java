package org.isoko.payments;

import org.isoko.identity.OrganisationId;
import org.isoko.ordering.OrderId;
import org.isoko.payments.ledger.AccountKey;
import org.isoko.payments.ledger.AccountKind;
import org.isoko.shared.CountryCode;
import org.isoko.shared.CurrencyCode;

/** The names of the accounts the payment flows use, in one place. */
final class Accounts {

	static final String PLATFORM = "platform";

	private Accounts() {
	}

	static AccountKey clearing(Provider provider, CurrencyCode currency) {
		return AccountKey.of(AccountKind.PROVIDER_CLEARING, "provider:" + provider.name(), currency);
	}

	static AccountKey escrow(OrderId order, CurrencyCode currency) {
		return AccountKey.of(AccountKind.ORDER_ESCROW, "order:" + order, currency);
	}

	static AccountKey settlement(OrderId order, CurrencyCode currency) {
		return AccountKey.of(AccountKind.SETTLEMENT_CONTROL, "order:" + order, currency);
	}

	static AccountKey refundPayable(OrderId order, CurrencyCode currency) {
		return AccountKey.of(AccountKind.BUYER_REFUND_PAYABLE, "order:" + order, currency);
	}

	/** A buyer's refund sent to a provider and not yet confirmed. */
	static AccountKey refundInTransit(OrderId order, CurrencyCode currency) {
		return AccountKey.of(AccountKind.PAYOUT_IN_TRANSIT, "order:" + order, currency);
	}

	static AccountKey sellerPayable(OrganisationId seller, CurrencyCode currency) {
		return AccountKey.of(AccountKind.SELLER_PAYABLE, "org:" + seller.value(), currency);
	}

	static AccountKey inTransit(OrganisationId seller, CurrencyCode currency) {
		return AccountKey.of(AccountKind.PAYOUT_IN_TRANSIT, "org:" + seller.value(), currency);
	}

	static AccountKey fees(CurrencyCode currency) {
		return AccountKey.of(AccountKind.PLATFORM_FEE_REVENUE, PLATFORM, currency);
	}

	static AccountKey spread(CurrencyCode currency) {
		return AccountKey.of(AccountKind.FX_SPREAD_REVENUE, PLATFORM, currency);
	}

	static AccountKey fxPosition(CurrencyCode currency) {
		return AccountKey.of(AccountKind.FX_POSITION, PLATFORM, currency);
	}

	static AccountKey dutyTax(CountryCode authority, CurrencyCode currency) {
		return AccountKey.of(AccountKind.DUTY_TAX_PAYABLE, "customs:" + authority.value(), currency);
	}

	static AccountKey freight(String carrier, CurrencyCode currency) {
		return AccountKey.of(AccountKind.FREIGHT_PAYABLE, "carrier:" + carrier.replaceAll("[^A-Za-z0-9._-]", "-"),
				currency);
	}

}
