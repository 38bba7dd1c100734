package org.isoko.identity;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.isoko.shared.CountryCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Msisdn;
import org.jspecify.annotations.Nullable;

/**
 * Phone numbers as people type them ({@code 0788 123 457} in Rwanda,
 * {@code +250 788 123 457} anywhere), read and checked with Google's libphonenumber: the
 * country's numbering plan decides, not a pattern of our own.
 */
final class PhoneNumbers {

	/**
	 * The country a phone number typed without its country code is read in when nothing
	 * else says it (the sign-in form): Rwanda, where Isoko's first hub is and most phone
	 * users sign in from.
	 */
	static final String DEFAULT_REGION = "RW";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * The number typed in the form of {@code country} (or internationally, with +), or a
	 * bad input of {@code field} naming what is wrong.
	 */
	static Msisdn parse(String typed, @Nullable CountryCode country, String field) {
		PhoneNumber number;
		try {
			number = UTIL.parse(typed, country == null ? DEFAULT_REGION : country.value());
		}
		catch (NumberParseException e) {
			throw new InvalidInput(field, "'" + typed + "' is not a phone number");
		}
		if (!UTIL.isValidNumber(number)) {
			throw new InvalidInput(field, "'" + typed + "' is not a valid phone number in "
					+ UTIL.getRegionCodeForNumber(number) + " — type it as on your phone, e.g. 0788 123 456");
		}
		return Msisdn.of(UTIL.format(number, PhoneNumberFormat.E164));
	}

	/**
	 * A sign-in name that is a valid phone number, in the international form logins are
	 * stored in ({@code +250788123457}); empty for anything else (an e-mail).
	 */
	static Optional<String> asLogin(String typed) {
		if (typed.indexOf('@') >= 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(parse(typed, null, "login").international());
		}
		catch (InvalidInput e) {
			return Optional.empty();
		}
	}

	/**
	 * The ways a number is commonly written, as digits: international
	 * ({@code 250788123457}), national ({@code 0788123457}) and without the trunk prefix
	 * ({@code 788123457}).
	 */
	static List<String> writings(String phone) {
		try {
			PhoneNumber number = UTIL.parse(phone.startsWith("+") ? phone : "+" + phone, DEFAULT_REGION);
			String national = UTIL.format(number, PhoneNumberFormat.NATIONAL).replaceAll("\\D", "");
			return List
				.of(UTIL.format(number, PhoneNumberFormat.E164).substring(1), national,
						UTIL.getNationalSignificantNumber(number))
				.stream()
				.distinct()
				.toList();
		}
		catch (NumberParseException e) {
			return List.of(phone.replaceAll("\\D", ""));
		}
	}

}
