package org.isoko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps its CHECK constraints working when the connection that
 * created them is gone. The connection pool retires every connection after 30 minutes,
 * Flyway's among them; with H2 2.4.240 every insert into a table with a
 * {@code CHECK (x IN (...))} then failed ("Check constraint invalid": the constant set
 * compared through the closed session), so a demo left running half an hour could no
 * longer take a product, an order or an SMS. The H2 version is pinned in pom.xml.
 */
class EmbeddedDatabaseTests {

	@Test
	void anInListCheckStillWorksAfterTheConnectionThatCreatedItClosed() throws SQLException {
		String url = "jdbc:h2:mem:embedded-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		try (Connection pool = DriverManager.getConnection(url)) {
			try (Connection migration = DriverManager.getConnection(url)) {
				migration.createStatement()
					.execute(
							"CREATE TABLE texts (language VARCHAR(5) NOT NULL CHECK (language IN ('en', 'fr', 'rw', 'zh')))");
			}
			assertThat(pool.createStatement().executeUpdate("INSERT INTO texts VALUES ('rw')")).isEqualTo(1);
			assertThat(pool.createStatement().executeQuery("SELECT COUNT(*) FROM texts").next()).isTrue();
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> pool.createStatement().executeUpdate("INSERT INTO texts VALUES ('de')"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Check constraint violation");
		}
	}

}
