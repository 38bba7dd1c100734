package org.isoko.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

import org.isoko.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Turns the text of a seller console field into a value, or puts a message next to the
 * field. Parse problems use {@code catalog.error.required|whole|decimal|date|choice}; a
 * domain refusal uses {@code catalog.error.<field>}, whose English text is the domain's
 * own (more precise) message and whose other languages say what to fix.
 */
final class SellerForms {

	private SellerForms() {
	}

	static @Nullable String required(@Nullable String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, "catalog.error.required", "Required");
			return null;
		}
		return text.trim();
	}

	static @Nullable String optional(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/**
	 * A whole number (no decimals, no thousands separators other than spaces): 1.5 bags
	 * is refused, not truncated.
	 */
	static @Nullable Integer whole(@Nullable String text, String field, BindingResult errors) {
		return parse(required(text, field, errors), field, "catalog.error.whole", errors, value -> {
			long parsed = Long.parseLong(value.replace(" ", "").replace("\u00a0", ""));
			if (parsed > Integer.MAX_VALUE || parsed < Integer.MIN_VALUE) {
				throw new NumberFormatException();
			}
			return (int) parsed;
		});
	}

	static @Nullable Integer optionalWhole(@Nullable String text, String field, BindingResult errors) {
		return optional(text) == null ? null : whole(text, field, errors);
	}

	static @Nullable BigDecimal decimal(@Nullable String text, String field, BindingResult errors) {
		return parse(required(text, field, errors), field, "catalog.error.decimal", errors,
				value -> new BigDecimal(value.replace(" ", "").replace("\u00a0", "").replace(',', '.')));
	}

	static @Nullable BigDecimal optionalDecimal(@Nullable String text, String field, BindingResult errors) {
		return optional(text) == null ? null : decimal(text, field, errors);
	}

	static @Nullable LocalDate date(@Nullable String text, String field, BindingResult errors) {
		return parse(required(text, field, errors), field, "catalog.error.date", errors, LocalDate::parse);
	}

	static @Nullable LocalDate optionalDate(@Nullable String text, String field, BindingResult errors) {
		return optional(text) == null ? null : date(text, field, errors);
	}

	static <E extends Enum<E>> @Nullable E choice(@Nullable String text, Class<E> type, String field,
			BindingResult errors) {
		return parse(required(text, field, errors), field, "catalog.error.choice", errors,
				value -> Enum.valueOf(type, value));
	}

	static <E extends Enum<E>> @Nullable E optionalChoice(@Nullable String text, Class<E> type, String field,
			BindingResult errors) {
		return optional(text) == null ? null : choice(text, type, field, errors);
	}

	static <T> @Nullable T parse(@Nullable String text, String field, String code, BindingResult errors,
			Function<String, T> parser) {
		if (text == null) {
			return null;
		}
		try {
			return parser.apply(text);
		}
		catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
			errors.rejectValue(field, code, e.getMessage() == null ? "Invalid" : String.valueOf(e.getMessage()));
			return null;
		}
	}

	/**
	 * A domain check failed: show its message next to the form's field ({@code fields}
	 * renames domain fields, e.g. unitPrice to price); without a matching field, above
	 * the form.
	 */
	static void reject(InvalidInput e, BindingResult errors, Map<String, String> fields) {
		String domainField = e.field() == null ? "" : e.field();
		String field = fields.getOrDefault(domainField, domainField);
		if (!field.isEmpty() && errors.getTarget() != null && hasProperty(errors, field)) {
			errors.rejectValue(field, "catalog.error." + field, String.valueOf(e.getMessage()));
		}
		else {
			errors.reject("catalog.error.invalid", String.valueOf(e.getMessage()));
		}
	}

	private static boolean hasProperty(BindingResult errors, String field) {
		try {
			errors.getFieldType(field);
			return org.springframework.beans.BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(),
					field) != null;
		}
		catch (RuntimeException e) {
			return false;
		}
	}

}
