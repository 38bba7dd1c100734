package org.isoko.customs.web;

import java.time.Duration;

/**
 * How the console writes durations and short ids (times go through the pages'
 * {@code @times} bean, in the officer's zone).
 */
public final class ConsoleFormats {

	/** Whole hours and minutes ({@code h:mm}), or seconds under a minute. */
	public String duration(Duration d) {
		if (d.toMinutes() == 0) {
			return d.toSeconds() + " s";
		}
		return d.toHours() + ":" + String.format("%02d", d.toMinutesPart());
	}

	/** The first 8 characters of an id, enough to tell consignments apart on a page. */
	public String shortId(Object id) {
		String text = id.toString();
		return text.length() > 8 ? text.substring(0, 8) : text;
	}

	/** Whole grams as kilograms, e.g. 2.15 kg. */
	public String kg(long grams) {
		return java.math.BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString() + " kg";
	}

}
