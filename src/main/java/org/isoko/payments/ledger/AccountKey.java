package org.isoko.payments.ledger;

import java.util.regex.Pattern;

import org.isoko.shared.CurrencyCode;

/**
 * Names one account: what it is for, whose it is and its currency (TigerBeetle's
 * {@code ledger}: only accounts of the same currency transact directly). Owners are
 * written {@code <type>:<id>}, e.g. {@code order:…}, {@code org:…},
 * {@code provider:MOMO}, {@code customs:CN}, {@code carrier:DHL}, or {@code platform}.
 */
public record AccountKey(AccountKind kind, String owner, CurrencyCode currency) {

	private static final Pattern OWNER = Pattern.compile("platform|[a-z]+:[A-Za-z0-9._-]{1,100}");

	public AccountKey {
		if (kind == null || currency == null) {
			throw new IllegalArgumentException("An account needs a kind and a currency");
		}
		if (owner == null || !OWNER.matcher(owner).matches()) {
			throw new IllegalArgumentException(
					"Account owner must look like 'type:id' or 'platform', got '" + owner + "'");
		}
	}

	public static AccountKey of(AccountKind kind, String owner, CurrencyCode currency) {
		return new AccountKey(kind, owner, currency);
	}

	@Override
	public String toString() {
		return kind + "/" + owner + "/" + currency;
	}
}
