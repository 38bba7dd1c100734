package org.isoko.ordering;

import org.isoko.support.PostgresTest;

/** The same budget on the real PostgreSQL server. */
@PostgresTest
class OrderStatementBudgetPostgresTests extends OrderStatementBudgetIntegrationTests {

}
