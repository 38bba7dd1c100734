package org.isoko.channels.sms;

import java.time.Clock;

import org.isoko.identity.AuditTrail;
import org.isoko.identity.UserId;
import org.isoko.shared.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users who want no SMS notifications. A change of the choice is in the audit trail (who,
 * when, on or off); choosing what is already chosen records nothing.
 */
@Component
public class SmsOptOuts {

	static final String TURNED_OFF = "SMS_NOTIFICATIONS_OFF";

	static final String TURNED_ON = "SMS_NOTIFICATIONS_ON";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	SmsOptOuts(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	public boolean optedOut(UserId user) {
		return jdbc.sql("SELECT COUNT(*) FROM channels_sms_opt_out WHERE user_id = :user")
			.param("user", user.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Sets the user's choice; setting it twice changes nothing. */
	@Transactional
	public void choose(UserId user, boolean notifications) {
		if (notifications) {
			if (jdbc.sql("DELETE FROM channels_sms_opt_out WHERE user_id = :user")
				.param("user", user.value())
				.update() > 0) {
				audit.record(TURNED_ON, "user " + user.value(), null);
			}
		}
		else if (!optedOut(user)) {
			jdbc.sql("INSERT INTO channels_sms_opt_out (user_id, opted_out_at) VALUES (:user, :now)")
				.param("user", user.value())
				.param("now", SqlTimes.utc(clock.instant()))
				.update();
			audit.record(TURNED_OFF, "user " + user.value(), null);
		}
	}

}
