package org.isoko.network;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.isoko.shared.CountryCode;

/**
 * The time zone of a hub, from its country: the network's countries each keep one zone
 * for the whole country (Rwanda CAT, Kenya and the EAC's east EAT, China CST), so the
 * country decides. A country not listed here reads in UTC until it is added; a country
 * with several zones would need the zone on the hub itself.
 */
final class HubTimeZones {

	private static final Map<String, ZoneId> BY_COUNTRY = Map.ofEntries(Map.entry("RW", ZoneId.of("Africa/Kigali")),
			Map.entry("CN", ZoneId.of("Asia/Shanghai")), Map.entry("KE", ZoneId.of("Africa/Nairobi")),
			Map.entry("UG", ZoneId.of("Africa/Kampala")), Map.entry("TZ", ZoneId.of("Africa/Dar_es_Salaam")),
			Map.entry("BI", ZoneId.of("Africa/Bujumbura")), Map.entry("ET", ZoneId.of("Africa/Addis_Ababa")),
			Map.entry("GH", ZoneId.of("Africa/Accra")), Map.entry("NG", ZoneId.of("Africa/Lagos")),
			Map.entry("ZA", ZoneId.of("Africa/Johannesburg")));

	private HubTimeZones() {
	}

	static ZoneId of(CountryCode country) {
		return BY_COUNTRY.getOrDefault(country.value(), ZoneOffset.UTC);
	}

}
