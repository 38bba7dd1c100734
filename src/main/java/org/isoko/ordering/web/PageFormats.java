package org.isoko.ordering.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Formats for the ordering pages ({@code ${fmt.time(...)}}): times in UTC, written out so
 * nobody guesses the zone.
 */
@ControllerAdvice(assignableTypes = { CartPages.class, OrderPages.class })
class PageFormats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	@ModelAttribute("fmt")
	PageFormats fmt() {
		return this;
	}

	public String time(@Nullable Instant instant) {
		return instant == null ? "—" : TIME.format(instant);
	}

}
