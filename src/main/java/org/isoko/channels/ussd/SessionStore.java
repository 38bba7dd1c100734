package org.isoko.channels.ussd;

import java.time.Instant;
import java.util.Optional;

import org.isoko.shared.SqlTimes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * USSD sessions (the state a screen was answered in) and the answer given to each hop. A
 * hop is claimed by inserting its row before the input is acted on, so a gateway's retry
 * (same session, same number of inputs) never acts twice: it gets the stored answer.
 */
@Component
class SessionStore {

	private final JdbcClient jdbc;

	SessionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Session(String id, String phone, String state, String data, int hops) {
	}

	/** A hop already answered (or being answered, then the answer is empty). */
	record Hop(Optional<String> answer) {
	}

	Optional<Hop> hop(String session, int hop) {
		return jdbc.sql("SELECT answer FROM channels_ussd_hop WHERE session_id = :session AND hop = :hop")
			.param("session", session)
			.param("hop", hop)
			.query((rs, n) -> new Hop(Optional.ofNullable(rs.getString(1))))
			.optional();
	}

	/**
	 * @return false when another request claimed this hop first
	 */
	boolean claim(String session, int hop, Instant now) {
		try {
			jdbc.sql("INSERT INTO channels_ussd_hop (session_id, hop, created_at) VALUES (:session, :hop, :now)")
				.param("session", session)
				.param("hop", hop)
				.param("now", SqlTimes.utc(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	void answered(String session, int hop, String answer) {
		jdbc.sql("UPDATE channels_ussd_hop SET answer = :answer WHERE session_id = :session AND hop = :hop")
			.param("answer", answer)
			.param("session", session)
			.param("hop", hop)
			.update();
	}

	Optional<Session> find(String id) {
		return jdbc.sql("SELECT * FROM channels_ussd_session WHERE session_id = :id")
			.param("id", id)
			.query((rs, n) -> new Session(rs.getString("session_id"), rs.getString("phone"), rs.getString("state"),
					rs.getString("data"), rs.getInt("hops")))
			.optional();
	}

	void save(Session session, boolean isNew, Instant now) {
		if (isNew) {
			jdbc.sql("""
					INSERT INTO channels_ussd_session (session_id, phone, state, data, hops, created_at, updated_at)
					VALUES (:id, :phone, :state, :data, :hops, :now, :now)""")
				.param("id", session.id())
				.param("phone", session.phone())
				.param("state", session.state())
				.param("data", session.data())
				.param("hops", session.hops())
				.param("now", SqlTimes.utc(now))
				.update();
		}
		else {
			jdbc.sql("""
					UPDATE channels_ussd_session SET state = :state, data = :data, hops = :hops, updated_at = :now
					WHERE session_id = :id""")
				.param("id", session.id())
				.param("state", session.state())
				.param("data", session.data())
				.param("hops", session.hops())
				.param("now", SqlTimes.utc(now))
				.update();
		}
	}

}
