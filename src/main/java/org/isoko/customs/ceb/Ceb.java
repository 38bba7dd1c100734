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

	public static String time(Instant instant) {
		return TIME.format(instant.atZone(CHINA));
	}

	public static Instant time(String text) {
		try {
			return LocalDateTime.parse(text, TIME).atZone(CHINA).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new CebFormatException("Not a CEB time (yyyyMMddHHmmss): " + text);
		}
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
