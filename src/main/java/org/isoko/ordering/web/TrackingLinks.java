package org.isoko.ordering.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a buyer follows a shipment: Isoko's public tracking page for an Isoko house
 * waybill, the carrier's own tracking page when the carrier is one we know (the small
 * table in {@code ordering/carrier-tracking.properties}), or nothing (the number is shown
 * as text). Ordering does not depend on logistics, so an Isoko waybill is recognised by
 * its printed shape here.
 */
final class TrackingLinks {

	/** ISK, the hub code, 8 digits and 2 check digits; dashed or compact. */
	private static final Pattern ISOKO_WAYBILL = Pattern
		.compile("ISK-[A-Z][A-Z0-9]{2,7}-\\d{8}-\\d{2}|ISK[A-Z]{3,8}\\d{10}", Pattern.CASE_INSENSITIVE);

	private final Map<String, String> templates;

	static TrackingLinks fromTable() {
		return new TrackingLinks(load());
	}

	TrackingLinks(Map<String, String> templates) {
		this.templates = templates;
	}

	/** The page that tracks this shipment, or null when there is none to link to. */
	@Nullable String url(@Nullable String carrier, @Nullable String trackingNumber) {
		if (trackingNumber == null || trackingNumber.isBlank()) {
			return null;
		}
		String number = trackingNumber.strip();
		String encoded = URLEncoder.encode(number, StandardCharsets.UTF_8);
		if (ISOKO_WAYBILL.matcher(number).matches()) {
			return "/track?waybill=" + encoded;
		}
		if (carrier == null) {
			return null;
		}
		String name = carrier.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> entry : templates.entrySet()) {
			if (Pattern.compile("\\b" + Pattern.quote(entry.getKey()) + "\\b").matcher(name).find()) {
				return entry.getValue().replace("{0}", encoded);
			}
		}
		return null;
	}

	private static Map<String, String> load() {
		// Properties loses the file's order; read the keys in order so the first match
		// wins.
		Map<String, String> inOrder = new LinkedHashMap<>();
		try (InputStream in = TrackingLinks.class.getResourceAsStream("/ordering/carrier-tracking.properties")) {
			if (in == null) {
				throw new IllegalStateException("ordering/carrier-tracking.properties is missing");
			}
			Properties properties = new Properties() {
				@Override
				public synchronized @Nullable Object put(Object key, Object value) {
					inOrder.put(key.toString().toLowerCase(Locale.ROOT), value.toString());
					return super.put(key, value);
				}
			};
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return java.util.Collections.unmodifiableMap(inOrder);
	}

}
