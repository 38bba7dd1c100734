package org.isoko.logistics;

import org.isoko.support.PostgresTest;

/**
 * {@link LogisticsFlowBenchmark} on the real PostgreSQL server (a database of its own):
 * {@code ./mvnw -B test -Pbenchmarks -Dtest=LogisticsFlowPostgresBenchmark}.
 */
@PostgresTest
class LogisticsFlowPostgresBenchmark extends LogisticsFlowBenchmark {

}
