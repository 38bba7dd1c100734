package org.isoko.customs.ceb;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The codes and formats the CEB messages share. */
public final class Ceb {

	/** The customs currency code of the renminbi. */
	public static final String CURRENCY_CNY = "142";

	/** ID type 1: the resident identity card. */
	public static final String ID_TYPE_RESIDENT = "1";

	/**
	 * Trade mode of cross-border e-commerce retail import, parcels cleared after sale.
	 */
	public static final String TRADE_MODE_9610 = "9610";

	/** appType 1: a new declaration; appStatus 2: declared (not just saved). */
	public static final String APP_TYPE_NEW = "1";

	/** appType of a message that amends one declared before (变更). */
	public static final String APP_TYPE_CHANGE = "2";

	public static final String APP_STATUS_DECLARED = "2";

	/** Times are written in China's time zone as yyyyMMddHHmmss. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private Ceb() {
	}

	/**
	 * China's offset: the zone has kept UTC+8 without daylight saving since 1991, so the
	 * fixed offset gives the same times as the zone's rules for every date a message
	 * carries, without a rules lookup and a pattern formatter per field (the clearance
	 * benchmark found those at 3 % of the CPU).
	 */
	private static final java.time.ZoneOffset CHINA_OFFSET = java.time.ZoneOffset.ofHours(8);

	public static String time(Instant instant) {
		LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, CHINA_OFFSET);
		if (t.getYear() < 1992 || t.getYear() > 9999) {
			return TIME.format(instant.atZone(CHINA));
		}
		char[] out = new char[14];
		digits(out, 0, t.getYear(), 4);
		digits(out, 4, t.getMonthValue(), 2);
		digits(out, 6, t.getDayOfMonth(), 2);
		digits(out, 8, t.getHour(), 2);
		digits(out, 10, t.getMinute(), 2);
		digits(out, 12, t.getSecond(), 2);
		return new String(out);
	}

	public static Instant time(String text) {
		if (text.length() == 14 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			try {
				LocalDateTime t = LocalDateTime.of(number(text, 0, 4), number(text, 4, 2), number(text, 6, 2),
						number(text, 8, 2), number(text, 10, 2), number(text, 12, 2));
				if (t.getYear() >= 1992) {
					return t.toInstant(CHINA_OFFSET);
				}
			}
			catch (java.time.DateTimeException ex) {
				throw new CebFormatException("Not a CEB time (yyyyMMddHHmmss): " + text);
			}
		}
		try {
			return LocalDateTime.parse(text, TIME).atZone(CHINA).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new CebFormatException("Not a CEB time (yyyyMMddHHmmss): " + text);
		}
	}

	private static void digits(char[] out, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			out[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	private static int number(String text, int from, int width) {
		int value = 0;
		for (int i = from; i < from + width; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

	/** Amounts in yuan with two decimals, as the messages carry them. */
	public static String amount(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

	/** Weights in kilograms with three decimals (whole grams). */
	public static String weight(BigDecimal kg) {
		return kg.setScale(3, RoundingMode.UNNECESSARY).toPlainString();
	}

	static BigDecimal decimal(MessageType type, String name, String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new CebFormatException(type + " " + name + " is not a number: " + text);
		}
	}

	static BigDecimal decimal(CebMessage message, String name) {
		return decimal(message.type(), name, message.required(name));
	}

	static BigDecimal decimal(MessageType type, Map<String, String> line, String name) {
		return decimal(type, name, CebMessage.required(type, line, name));
	}

	static void expect(CebMessage message, MessageType type) {
		if (message.type() != type) {
			throw new CebFormatException("Expected " + type + ", got " + message.type());
		}
	}

}
