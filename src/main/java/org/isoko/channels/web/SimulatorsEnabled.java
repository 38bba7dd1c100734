package org.isoko.channels.web;

import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The phone simulator runs under the same switch as the payment simulators
 * ({@code isoko.payments.simulators.enabled}); unset, everywhere except under the
 * {@code postgres} (production) profile. In production the gateway, with its secret and
 * addresses, is the only way in.
 */
class SimulatorsEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String setting = context.getEnvironment().getProperty("isoko.payments.simulators.enabled");
		if (setting != null) {
			return Boolean.parseBoolean(setting);
		}
		return Arrays.stream(context.getEnvironment().getActiveProfiles()).noneMatch("postgres"::equals);
	}

}
