package org.isoko.identity;

import java.util.Optional;

import org.isoko.shared.Msisdn;

/**
 * Who a phone number belongs to, for channels that only know the caller's number (USSD,
 * SMS). Knowing who owns a number is never a sign-in: channels ask for a PIN too.
 */
public interface PhoneDirectory {

	/**
	 * The seller registered with this number: the first seller user of the verified
	 * selling organisation whose phone (its payout number) it is, with their preferred
	 * language.
	 */
	Optional<PhoneUser> sellerByPhone(Msisdn phone);

	/** The phone number and language to notify an organisation's users at. */
	Optional<PhoneUser> contactOf(OrganisationId organisation);

	/**
	 * A user to notify at a number they gave (a buyer's delivery phone), with their
	 * preferred language; empty when the user is unknown or disabled.
	 */
	Optional<PhoneUser> userAt(UserId user, Msisdn phone);

	/** A user reached by phone, in their preferred language (a tag such as "rw"). */
	record PhoneUser(CurrentUser user, Msisdn phone, String language) {
	}

}
