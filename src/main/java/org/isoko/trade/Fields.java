package org.isoko.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.isoko.shared.InvalidInput;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.Validity;
import org.jspecify.annotations.Nullable;

/** Field-by-field checks of operator input; every refusal names its field. */
final class Fields {

	private Fields() {
	}

	static <T> T parse(String field, @Nullable String value, Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required");
		}
		try {
			return parser.apply(value.trim());
		}
		catch (InvalidInput e) {
			throw e;
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, e.getMessage());
		}
	}

	static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
					.collect(Collectors.joining(", ")));
		}
	}

	static Percent rate(String field, @Nullable BigDecimal value) {
		if (value == null) {
			throw new InvalidInput(field, field + " is required");
		}
		try {
			return Percent.of(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, e.getMessage());
		}
	}

	static Validity validity(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from == null) {
			throw new InvalidInput("validFrom", "validFrom is required");
		}
		if (to != null && !to.isAfter(from)) {
			throw new InvalidInput("validTo", "validTo (" + to + ") must be after validFrom (" + from + "); the row applies up to the day before validTo");
		}
		return new Validity(from, to);
	}

	static String text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field + " is required: say where the number comes from (a URL or legal document; mark unverified numbers [U])");
		}
		if (value.length() > max) {
			throw new InvalidInput(field, field + " may have at most " + max + " characters");
		}
		return value.trim();
	}

	static @Nullable String url(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > 500 || !(value.startsWith("http://") || value.startsWith("https://"))) {
			throw new InvalidInput("sourceUrl", "sourceUrl must be an http(s) address of at most 500 characters");
		}
		return value.trim();
	}
}
