package org.isoko.customs;

import org.isoko.support.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The clearance benchmark on the real PostgreSQL server (a database of its own):
 * {@code ./mvnw -B test -Pbenchmarks -Dtest=CustomsClearancePostgresBenchmark}. The
 * postgres profile turns the simulators off, so it turns China's customs simulator on.
 */
@PostgresTest
@TestPropertySource(properties = "isoko.customs.simulator.enabled=true")
class CustomsClearancePostgresBenchmark extends CustomsClearanceBenchmark {

}
