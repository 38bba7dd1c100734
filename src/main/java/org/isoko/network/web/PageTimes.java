package org.isoko.network.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.isoko.identity.TimeZoneChoices;
import org.isoko.network.Network;
import org.isoko.shared.HubCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every date and time a page shows, in the viewer's time zone and with the zone written
 * out ({@code ${@times.at(order.placedAt)}} → {@code 7 déc. 2026 14:05 UTC+2}): the zone
 * the user chose on their account page, else their hub's (Africa/Kigali, Asia/Shanghai,
 * Africa/Nairobi), and Africa/Kigali for visitors. The zone is worked out once per
 * request. Forms that take a time ({@link #zone()}, {@link #input}) read it in the same
 * zone.
 */
@Component("times")
public class PageTimes {

	/** The zone of visitors who are not signed in: Isoko's first hub's. */
	public static final ZoneId VISITORS = ZoneId.of("Africa/Kigali");

	private static final String REQUEST_ZONE = PageTimes.class.getName() + ".zone";

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final TimeZoneChoices choices;

	private final Network network;

	PageTimes(TimeZoneChoices choices, Network network) {
		this.choices = choices;
		this.network = network;
	}

	/** A moment as the viewer reads it: date, time (24 h) and zone; "—" for none. */
	public String at(@Nullable Object time) {
		return format(time, zone(), LocaleContextHolder.getLocale());
	}

	/** The viewer's zone as a page names it: "Africa/Kigali (GMT+2)". */
	public String zoneName() {
		return zoneName(zone(), LocaleContextHolder.getLocale());
	}

	/** A zone as a page names it: "Africa/Kigali (GMT+2)". */
	public String nameOf(ZoneId zone) {
		return zoneName(zone, LocaleContextHolder.getLocale());
	}

	/** A hub's zone as a page names it. */
	public String hubZoneName(HubCode hub) {
		return nameOf(network.timeZone(hub));
	}

	/** A moment as a {@code datetime-local} input shows it, in the viewer's zone. */
	public String input(@Nullable Instant time) {
		return time == null ? "" : INPUT.format(time.atZone(zone()));
	}

	/** The zone of the viewer of the current request. */
	public ZoneId zone() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return resolve();
		}
		Object cached = request.getAttribute(REQUEST_ZONE, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = resolve();
		request.setAttribute(REQUEST_ZONE, zone, RequestAttributes.SCOPE_REQUEST);
		return zone;
	}

	private ZoneId resolve() {
		return choices.currentViewer()
			.map(viewer -> viewer.chosen() != null ? viewer.chosen() : network.timeZone(viewer.hub()))
			.orElse(VISITORS);
	}

	/**
	 * {@code time} (an {@link Instant}, an offset or zoned date-time, or a
	 * {@link LocalDateTime} taken as UTC, as the database's timestamps are) in
	 * {@code zone}, written for {@code locale}: the locale's medium date, the time on 24
	 * hours and the zone's offset ({@code GMT+2}, {@code UTC+8} as the locale writes it).
	 */
	static String format(@Nullable Object time, ZoneId zone, Locale locale) {
		Instant instant = instant(time);
		if (instant == null) {
			return "—";
		}
		return formatter(locale).format(instant.atZone(zone));
	}

	static String zoneName(ZoneId zone, Locale locale) {
		String offset = new DateTimeFormatterBuilder().appendLocalizedOffset(TextStyle.SHORT)
			.toFormatter(locale)
			.format(Instant.now().atZone(zone));
		return zone.getId() + " (" + offset + ")";
	}

	private static DateTimeFormatter formatter(Locale locale) {
		return new DateTimeFormatterBuilder().append(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM))
			.appendLiteral(' ')
			.appendPattern("HH:mm")
			.appendLiteral(' ')
			.appendLocalizedOffset(TextStyle.SHORT)
			.toFormatter(locale);
	}

	private static @Nullable Instant instant(@Nullable Object time) {
		if (time == null) {
			return null;
		}
		if (time instanceof Instant instant) {
			return instant;
		}
		if (time instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (time instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		if (time instanceof LocalDateTime local) {
			return local.toInstant(ZoneOffset.UTC);
		}
		throw new IllegalArgumentException("Not a moment in time: " + time.getClass().getName());
	}

}
