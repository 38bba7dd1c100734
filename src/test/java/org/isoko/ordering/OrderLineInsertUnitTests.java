package org.isoko.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The multi-row INSERT of an order's lines is made once per line count, not per order,
 * and has one tuple of placeholders per line, one placeholder per column.
 */
class OrderLineInsertUnitTests {

	@Test
	void everyLineCountHasItsStatementMadeOnce() {
		for (int rows = 1; rows <= OrderPlacement.MAX_LINES; rows++) {
			String sql = OrderStore.lineInsert(rows);
			assertThat(OrderStore.lineInsert(rows)).isSameAs(sql);
			assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo((long) rows * OrderStore.LINE_COLUMN_COUNT);
			assertThat(sql.split("\\), \\(")).hasSize(rows);
		}
	}

	@Test
	void thePlaceholdersOfARowMatchTheColumns() {
		String sql = OrderStore.lineInsert(1);
		String columns = sql.substring(sql.indexOf('(') + 1, sql.indexOf(')'));
		assertThat(columns.split(",")).hasSize(OrderStore.LINE_COLUMN_COUNT);
	}

}
