package org.isoko;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole application starts on the embedded database and its migrations run. */
@SpringBootTest
class ApplicationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void startsAndMigratesTheDatabase() {
		Integer applied = jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
			.query(Integer.class)
			.single();
		assertThat(applied).isPositive();
	}

}
