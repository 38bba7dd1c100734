package org.isoko.channels.sms;

import java.time.Clock;

import org.isoko.identity.UserId;
import org.isoko.shared.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users who want no SMS notifications. */
@Component
public class SmsOptOuts {

	private final JdbcClient jdbc;

	private final Clock clock;

	SmsOptOuts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean optedOut(UserId user) {
		return jdbc.sql("SELECT COUNT(*) FROM channels_sms_opt_out WHERE user_id = :user")
			.param("user", user.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Sets the user's choice; setting it twice changes nothing. */
	public void choose(UserId user, boolean notifications) {
		if (notifications) {
			jdbc.sql("DELETE FROM channels_sms_opt_out WHERE user_id = :user").param("user", user.value()).update();
		}
		else if (!optedOut(user)) {
			jdbc.sql("INSERT INTO channels_sms_opt_out (user_id, opted_out_at) VALUES (:user, :now)")
				.param("user", user.value())
				.param("now", SqlTimes.utc(clock.instant()))
				.update();
		}
	}

}
