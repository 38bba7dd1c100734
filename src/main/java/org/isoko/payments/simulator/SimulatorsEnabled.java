package org.isoko.payments.simulator;

import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The provider simulators run when {@code isoko.payments.simulators.enabled} says so;
 * without that setting they run everywhere except under the {@code postgres} (production)
 * profile, so a real deployment never accepts simulated money.
 */
public class SimulatorsEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return in(context.getEnvironment());
	}

	/** Whether the simulators run in an application with this environment. */
	public static boolean in(Environment environment) {
		String setting = environment.getProperty("isoko.payments.simulators.enabled");
		if (setting != null) {
			return Boolean.parseBoolean(setting);
		}
		return Arrays.stream(environment.getActiveProfiles()).noneMatch("postgres"::equals);
	}

}
