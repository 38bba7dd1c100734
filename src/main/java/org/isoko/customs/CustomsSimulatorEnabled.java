package org.isoko.customs;

import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The China customs simulator runs when {@code isoko.customs.simulator.enabled} says so;
 * without that setting it follows {@code isoko.payments.simulators.enabled}, and without
 * either it runs everywhere except under the {@code postgres} (production) profile, so a
 * real deployment never has parcels released by a simulator.
 */
public final class CustomsSimulatorEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

	static boolean isOn(Environment environment) {
		String setting = environment.getProperty("isoko.customs.simulator.enabled");
		if (setting == null || setting.isBlank()) {
			setting = environment.getProperty("isoko.payments.simulators.enabled");
		}
		if (setting != null && !setting.isBlank()) {
			return Boolean.parseBoolean(setting);
		}
		return Arrays.stream(environment.getActiveProfiles()).noneMatch("postgres"::equals);
	}

}
