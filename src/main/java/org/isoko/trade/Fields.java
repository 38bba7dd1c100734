package org.isoko.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.isoko.shared.CurrencyCode;
import org.isoko.shared.InvalidInput;
import org.isoko.shared.Money;
import org.isoko.trade.tariff.Percent;
import org.isoko.trade.tariff.Validity;
import org.jspecify.annotations.Nullable;

/** Field-by-field checks of operator input; every refusal names its field. */
public final class Fields {

	private Fields() {
	}

	public static <T> T parse(String field, @Nullable String value, Function<String, T> parser) {
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

	public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + value + "' is not one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
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
			throw new InvalidInput("validTo", "validTo (" + to + ") must be after validFrom (" + from
					+ "); the row applies up to the day before validTo");
		}
		return new Validity(from, to);
	}

	static String text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, field
					+ " is required: say where the number comes from (a URL or legal document; mark unverified numbers [U])");
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

	/**
	 * A fraction from 0 to 1 with at most 4 decimals (the cross-border retail tax factor:
	 * 0.7 = 70 % of the normal tax).
	 */
	static BigDecimal factor(String field, @Nullable BigDecimal value) {
		if (value == null) {
			throw new InvalidInput(field, field + " is required");
		}
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidInput(field,
					field + " must be between 0 and 1 (0.7 is 70 % of the normal tax), got " + value.toPlainString());
		}
		if (value.stripTrailingZeros().scale() > 4) {
			throw new InvalidInput(field, field + " may have at most 4 decimals, got " + value.toPlainString());
		}
		return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
	}

	/**
	 * An amount in major units of {@code currency} ("5000" CNY), above zero or (when
	 * {@code zeroAllowed}) zero or more.
	 */
	static Money money(String field, @Nullable BigDecimal amount, CurrencyCode currency, boolean zeroAllowed) {
		if (amount == null) {
			throw new InvalidInput(field, field + " is required");
		}
		if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
			throw new InvalidInput(field, field + " must be " + (zeroAllowed ? "zero or more" : "more than zero")
					+ ", got " + amount.toPlainString());
		}
		try {
			return Money.of(amount, currency);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, e.getMessage());
		}
	}

	/**
	 * A number typed into a form: empty is null, anything else must parse, or the refusal
	 * names the field.
	 */
	public static @Nullable BigDecimal decimal(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "'" + value + "' is not a number");
		}
	}

	/** The same number, when it parses, for showing a refused form again; else null. */
	static @Nullable BigDecimal decimalOrNull(@Nullable String value) {
		try {
			return decimal("value", value);
		}
		catch (InvalidInput e) {
			return null;
		}
	}

	static @Nullable String text(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** A date typed into a form (ISO, as browsers send it): empty is null. */
	public static @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInput(field, "'" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

}
