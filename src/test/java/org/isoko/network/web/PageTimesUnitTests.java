package org.isoko.network.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageTimesUnitTests {

	private static final Instant NOON_UTC = Instant.parse("2026-12-07T12:05:00Z");

	private static final ZoneId KIGALI = ZoneId.of("Africa/Kigali");

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void writesTheMomentInTheZoneWithItsOffsetInEachLanguage() {
		assertThat(PageTimes.format(NOON_UTC, KIGALI, Locale.ENGLISH)).isEqualTo("Dec 7, 2026 14:05 GMT+2");
		assertThat(PageTimes.format(NOON_UTC, SHANGHAI, Locale.ENGLISH)).isEqualTo("Dec 7, 2026 20:05 GMT+8");
		assertThat(PageTimes.format(NOON_UTC, KIGALI, Locale.FRENCH)).isEqualTo("7 déc. 2026 14:05 UTC+2");
		assertThat(PageTimes.format(NOON_UTC, SHANGHAI, Locale.CHINESE)).isEqualTo("2026年12月7日 20:05 GMT+8");
		assertThat(PageTimes.format(NOON_UTC, ZoneId.of("Africa/Nairobi"), Locale.forLanguageTag("rw")))
			.contains("2026")
			.contains("15:05 GMT+3");
	}

	@Test
	void readsEveryKindOfTimestampThePagesHave() {
		String expected = "Dec 7, 2026 14:05 GMT+2";
		assertThat(PageTimes.format(NOON_UTC.atOffset(ZoneOffset.ofHours(5)), KIGALI, Locale.ENGLISH))
			.isEqualTo(expected);
		assertThat(PageTimes.format(NOON_UTC.atZone(SHANGHAI), KIGALI, Locale.ENGLISH)).isEqualTo(expected);
		assertThat(PageTimes.format(LocalDateTime.of(2026, 12, 7, 12, 5), KIGALI, Locale.ENGLISH))
			.as("a database timestamp without zone is UTC")
			.isEqualTo(expected);
		assertThat(PageTimes.format(null, KIGALI, Locale.ENGLISH)).isEqualTo("—");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PageTimes.format(OffsetDateTime.now().toLocalDate(), KIGALI, Locale.ENGLISH));
	}

	@Test
	void namesAZoneWithItsOffset() {
		assertThat(PageTimes.zoneName(KIGALI, Locale.ENGLISH)).isEqualTo("Africa/Kigali (GMT+2)");
		assertThat(PageTimes.zoneName(SHANGHAI, Locale.FRENCH)).isEqualTo("Asia/Shanghai (UTC+8)");
	}

}
