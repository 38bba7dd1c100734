package org.isoko.customs.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** How the console writes times (UTC, said on the page) and durations. */
public final class ConsoleFormats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String time(@Nullable Instant instant) {
		return instant == null ? "—" : TIME.format(instant);
	}

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

}
