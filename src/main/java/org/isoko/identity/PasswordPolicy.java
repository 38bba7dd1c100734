package org.isoko.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.UsernameRule;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B, section 3.1.1.2): long enough, not one of
 * the most common passwords, and not the person's own e-mail, phone number or name. No
 * composition rules (a digit, a capital): they make passwords harder to remember, not to
 * guess. Checked with Passay for every new password: registration and the first admin
 * (Isoko has no other way to set one yet). Stored passwords are never re-checked: the
 * demo users' {@code isoko-demo} keeps working.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 200;

	/**
	 * The 10,000 most common passwords, most common first (see
	 * {@code common-passwords.README.md} next to the list for its source and licence).
	 */
	static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

	/**
	 * Shorter parts of a name ("Li", "Jean") are too common to forbid inside a password.
	 */
	private static final int MIN_NAME_PART = 4;

	/**
	 * Why a password was refused; the message key of each is
	 * {@code identity.password.<code>}.
	 */
	enum Weakness {

		TOO_SHORT("too-short"), COMMON("common"), PERSONAL("personal");

		final String code;

		Weakness(String code) {
			this.code = code;
		}

	}

	/** A refused password: a bad input of the field {@code password}. */
	static class WeakPassword extends org.isoko.shared.InvalidInput {

		private final Weakness weakness;

		WeakPassword(Weakness weakness, String message) {
			super("password", message);
			this.weakness = weakness;
		}

		Weakness weakness() {
			return weakness;
		}

		String messageCode() {
			return "identity.password." + weakness.code;
		}

	}

	/** Who the password is for: what it must not contain. */
	record Owner(@Nullable String email, @Nullable String phone, @Nullable String name) {
	}

	private final PasswordValidator length = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH));

	private final PasswordValidator common;

	private final PasswordValidator personal = new PasswordValidator(new UsernameRule(false, true));

	PasswordPolicy() {
		this.common = new PasswordValidator(new DictionaryRule(new WordListDictionary(loadCommonPasswords())));
	}

	/** Throws {@link WeakPassword} saying why when the password may not be used. */
	void check(String password, Owner owner) {
		if (!length.validate(new PasswordData(password)).isValid()) {
			throw new WeakPassword(Weakness.TOO_SHORT,
					"The password must have at least " + MIN_LENGTH + " characters (and at most " + MAX_LENGTH + ")");
		}
		if (!common.validate(new PasswordData(password)).isValid()) {
			throw new WeakPassword(Weakness.COMMON,
					"This password is one of the most common ones, which are tried first: choose another");
		}
		for (String word : personalWords(owner)) {
			if (!personal.validate(new PasswordData(word, password)).isValid()) {
				throw new WeakPassword(Weakness.PERSONAL,
						"The password must not contain your e-mail, phone number or name");
			}
		}
	}

	/**
	 * The e-mail's local part, the phone number as written internationally and
	 * nationally, the whole name and its longer parts.
	 */
	static List<String> personalWords(Owner owner) {
		List<String> words = new ArrayList<>();
		if (owner.email() != null && !owner.email().isBlank()) {
			String email = owner.email().trim().toLowerCase(Locale.ROOT);
			int at = email.indexOf('@');
			words.add(at > 0 ? email.substring(0, at) : email);
		}
		if (owner.phone() != null && !owner.phone().isBlank()) {
			words.addAll(PhoneNumbers.writings(owner.phone()));
		}
		if (owner.name() != null && !owner.name().isBlank()) {
			String name = owner.name().trim();
			words.add(name.replaceAll("\\s+", ""));
			for (String part : name.split("[\\s.'-]+")) {
				if (part.length() >= MIN_NAME_PART) {
					words.add(part);
				}
			}
		}
		return words.stream().filter(w -> !w.isBlank()).distinct().toList();
	}

	private static org.passay.dictionary.ArrayWordList loadCommonPasswords() {
		try (Reader reader = new InputStreamReader(new ClassPathResource(COMMON_PASSWORDS).getInputStream(),
				StandardCharsets.UTF_8)) {
			// Case-insensitive: "Password1" is as guessable as "password1".
			return WordLists.createFromReader(new Reader[] { reader }, false, new ArraysSort());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
		}
	}

}
