package org.isoko.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Turns the text of a form field into a value, or puts a message next to the field.
 * Messages are looked up as {@code network.error.<field>} (in the visitor's language)
 * with the domain's English message as the fallback.
 */
final class Forms {

	private Forms() {
	}

	static <T> @Nullable T parse(@Nullable String text, String field, BindingResult errors,
			Function<String, T> parser) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, "network.error.required", "Required");
			return null;
		}
		try {
			return parser.apply(text.trim());
		}
		catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
			errors.rejectValue(field, "network.error." + field, e.getMessage() == null ? "Invalid" : e.getMessage());
			return null;
		}
	}

	static @Nullable LocalDate optionalDate(@Nullable String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return parse(text, field, errors, LocalDate::parse);
	}

	static @Nullable BigDecimal decimal(@Nullable String text, String field, BindingResult errors) {
		return parse(text, field, errors, value -> {
			try {
				return new BigDecimal(value.replace(",", "").replace(" ", ""));
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + value + "' is not a number");
			}
		});
	}

	static @Nullable Integer integer(@Nullable String text, String field, BindingResult errors) {
		return parse(text, field, errors, value -> {
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + value + "' is not a whole number");
			}
		});
	}

	/**
	 * The domain value built from the parsed fields, or null with its refusal next to the
	 * field it names.
	 */
	static <T> @Nullable T build(BindingResult errors, Supplier<T> constructor) {
		try {
			return constructor.get();
		}
		catch (InvalidInput e) {
			reject(e, errors);
			return null;
		}
	}

	/**
	 * A domain check failed: show its message next to its field (names.fr becomes the
	 * form's nameFr).
	 */
	static void reject(InvalidInput e, BindingResult errors) {
		String field = e.field() == null ? null : formField(e.field());
		if (field == null) {
			errors.reject("network.error.invalid", String.valueOf(e.getMessage()));
		}
		else {
			errors.rejectValue(field, "network.error." + field, String.valueOf(e.getMessage()));
		}
	}

	private static String formField(String field) {
		if (field.startsWith("names.")) {
			String lang = field.substring("names.".length());
			return "name" + Character.toUpperCase(lang.charAt(0)) + lang.substring(1);
		}
		return field;
	}

}
