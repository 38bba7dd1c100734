package org.isoko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One page (the API tokens, with their creation time) read in two zones: the hub's by
 * default (a consumer in China: Asia/Shanghai), then the zone the user chose on their
 * account page; always with the zone's offset written out.
 */
class TimeZonePagesIntegrationTests extends IdentityTestSupport {

	@Autowired
	UserAccounts users;

	@Test
	void theTokensPageShowsTimesInTheHubsZoneThenInTheChosenOne() throws Exception {
		String email = registerConsumer("zones");
		IsokoPrincipal me = new IsokoPrincipal(users.findByEmail(email).orElseThrow());
		mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "zone-token"));
		OffsetDateTime created = jdbc
			.sql("SELECT t.created_at FROM identity_api_token t JOIN identity_user u ON u.id = t.user_id "
					+ "WHERE u.email = :email AND t.name = 'zone-token'")
			.param("email", email)
			.query(OffsetDateTime.class)
			.single();

		assertThat(tokensPage(me)).contains(written(created, "Asia/Shanghai", "GMT+8"))
			.doesNotContain(written(created, "Africa/Kigali", "GMT+2"));

		mvc.perform(post("/account/time-zone").with(user(me)).with(csrf()).param("zone", "Africa/Kigali"))
			.andExpect(status().is3xxRedirection());
		assertThat(tokensPage(me)).contains(written(created, "Africa/Kigali", "GMT+2"))
			.doesNotContain(written(created, "Asia/Shanghai", "GMT+8"));
		assertThat(jdbc.sql(
				"SELECT COUNT(*) FROM identity_audit_event WHERE action = 'TIME_ZONE_CHOSEN' AND details = 'zone=Africa/Kigali'")
			.query(Long.class)
			.single()).isPositive();

		// A zone not on the list changes nothing; an empty choice is the hub's again.
		mvc.perform(post("/account/time-zone").with(user(me)).with(csrf()).param("zone", "Mars/Olympus_Mons"))
			.andExpect(status().is3xxRedirection());
		assertThat(tokensPage(me)).contains(written(created, "Africa/Kigali", "GMT+2"));
		mvc.perform(post("/account/time-zone").with(user(me)).with(csrf()).param("zone", ""));
		assertThat(tokensPage(me)).contains(written(created, "Asia/Shanghai", "GMT+8"));
	}

	private String tokensPage(IsokoPrincipal me) throws Exception {
		return mvc.perform(get("/account/tokens").with(user(me)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The medium English date, the time on 24 hours and the offset. */
	private static String written(OffsetDateTime time, String zone, String offset) {
		var local = time.atZoneSameInstant(ZoneId.of(zone));
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(local) + " "
				+ DateTimeFormatter.ofPattern("HH:mm").format(local) + " " + offset;
	}

}
