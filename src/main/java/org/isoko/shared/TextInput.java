package org.isoko.shared;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The rule every piece of text a client sends must pass before anything stores it: no
 * control characters (PostgreSQL refuses NUL with a 500, and the others only hide or
 * garble text), except line breaks and tabs in multi-line fields; no unpaired UTF-16
 * surrogates (they cannot be encoded in UTF-8); at most a maximum number of characters.
 * The web layer applies it to every request parameter and every JSON string in one place,
 * so no module has to remember it.
 */
public final class TextInput {

	/**
	 * The longest text any field takes (the longest column, a lot's story, holds 4,000).
	 */
	public static final int DEFAULT_MAX_LENGTH = 4000;

	/**
	 * Fields whose names start with one of these (case-insensitive) are multi-line text.
	 */
	public static final List<String> DEFAULT_MULTI_LINE_FIELDS = List.of("description", "story", "reason");

	/** What is wrong with a text, with a message code for pages and an English detail. */
	public enum Problem {

		CONTROL_CHARACTER("contains a control character, which is not allowed here"),
		UNPAIRED_SURROGATE("contains an invalid character (an unpaired UTF-16 surrogate)"), TOO_LONG("is too long");

		private final String detail;

		Problem(String detail) {
			this.detail = detail;
		}

		/** The English explanation, for problem details. */
		public String detail(int maxLength) {
			return this == TOO_LONG ? detail + " (at most " + maxLength + " characters)" : detail;
		}

		/**
		 * The message code pages resolve ({@code text.invalid.control-character}, ...).
		 */
		public String messageCode() {
			return "text.invalid." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final int maxLength;

	private final List<String> multiLineFields;

	public TextInput(int maxLength, List<String> multiLineFields) {
		this.maxLength = maxLength;
		this.multiLineFields = multiLineFields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
	}

	public static TextInput defaults() {
		return new TextInput(DEFAULT_MAX_LENGTH, DEFAULT_MULTI_LINE_FIELDS);
	}

	public int maxLength() {
		return maxLength;
	}

	/** What is wrong with the value of the named field, or null when nothing is. */
	public @Nullable Problem check(@Nullable String field, String value) {
		return check(value, isMultiLine(field), maxLength);
	}

	/**
	 * Multi-line fields are the ones a form shows as a text area (descriptions, stories,
	 * reasons); matched on the last part of a field's path, so
	 * {@code texts[0].description} and {@code descriptionFr} count.
	 */
	public boolean isMultiLine(@Nullable String field) {
		if (field == null) {
			return false;
		}
		int dot = Math.max(field.lastIndexOf('.'), field.lastIndexOf(']'));
		String name = field.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (String prefix : multiLineFields) {
			if (name.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** The rule itself, for one value. */
	public static @Nullable Problem check(String value, boolean multiLine, int maxLength) {
		int characters = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return Problem.UNPAIRED_SURROGATE;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return Problem.UNPAIRED_SURROGATE;
			}
			else if (Character.getType(c) == Character.CONTROL
					&& !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
				return Problem.CONTROL_CHARACTER;
			}
			characters++;
		}
		return characters > maxLength ? Problem.TOO_LONG : null;
	}

}
