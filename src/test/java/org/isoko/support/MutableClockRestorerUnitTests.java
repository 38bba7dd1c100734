package org.isoko.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.test.context.TestContext;

class MutableClockRestorerUnitTests {

	static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

	@Test
	void aClockMovedByATestClassIsBackAtItsStartForTheNextClass() {
		MutableClock clock = new MutableClock(START);
		TestContext testContext = contextWith(clock);
		clock.advance(Duration.ofDays(3));

		new MutableClockRestorer().afterTestClass(testContext);

		assertThat(clock.instant()).isEqualTo(START);
		assertThat(clock.moved()).isFalse();
	}

	@Test
	void aTestClassWithoutAContextIsLeftAlone() {
		TestContext testContext = mock(TestContext.class);
		when(testContext.hasApplicationContext()).thenReturn(false);

		new MutableClockRestorer().afterTestClass(testContext);
	}

	private static TestContext contextWith(MutableClock clock) {
		StaticApplicationContext context = new StaticApplicationContext();
		context.getBeanFactory().registerSingleton("clock", clock);
		context.refresh();
		TestContext testContext = mock(TestContext.class);
		when(testContext.hasApplicationContext()).thenReturn(true);
		when(testContext.getApplicationContext()).thenReturn(context);
		when(testContext.getTestClass()).thenAnswer(invocation -> MutableClockRestorerUnitTests.class);
		return testContext;
	}

}
