package org.isoko.support;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts every {@link MutableClock} of a test context back where it started after each test
 * class. Test contexts are cached and shared by every class with the same configuration,
 * so a class that moved the clock (a delivery 10 days ago, a token about to expire) would
 * otherwise leave the next class of that context in another time: a token created "in the
 * future", a reservation already expired. Registered for every test class in
 * {@code META-INF/spring.factories}. Rows a class wrote while its clock was moved stay as
 * written: date them in the past rather than moving the clock forward (see
 * docs/development.md).
 */
public class MutableClockRestorer implements TestExecutionListener, Ordered {

	private static final Log log = LogFactory.getLog(MutableClockRestorer.class);

	@Override
	public void afterTestClass(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeansOfType(MutableClock.class).values().stream().filter(MutableClock::moved).forEach(clock -> {
			log.info(testContext.getTestClass().getSimpleName() + " left the test clock at " + clock.instant()
					+ "; restored");
			clock.restore();
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
