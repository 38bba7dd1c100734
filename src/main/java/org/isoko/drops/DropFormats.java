package org.isoko.drops;

import java.time.Duration;

/**
 * How drop pages and messages write a time span: "2 d 3 h", "3 h 05 min", "4 min 09 s"
 * (no JavaScript needed).
 */
public final class DropFormats {

	private DropFormats() {
	}

	/**
	 * Whole seconds, rounded up: a countdown shows "1 s" until the very start, never "0
	 * s" before it.
	 */
	public static long seconds(Duration span) {
		return Math.max(0, span.getSeconds() + (span.getNano() > 0 ? 1 : 0));
	}

	public static String duration(Duration span) {
		long seconds = seconds(span);
		long days = seconds / 86_400;
		long hours = seconds % 86_400 / 3_600;
		long minutes = seconds % 3_600 / 60;
		long secs = seconds % 60;
		if (days > 0) {
			return days + " d " + hours + " h";
		}
		if (hours > 0) {
			return hours + " h " + String.format("%02d", minutes) + " min";
		}
		return minutes + " min " + String.format("%02d", secs) + " s";
	}

}
