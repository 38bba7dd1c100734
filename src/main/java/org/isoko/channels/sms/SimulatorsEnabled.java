package org.isoko.channels.sms;

import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The phone simulator page and the SMS simulator run under the same switch as the payment
 * simulators ({@code isoko.payments.simulators.enabled}); unset, everywhere except under
 * the {@code postgres} (production) profile. In production the USSD gateway, with its
 * secret and addresses, is the only way in, and no SMS is pretended to be sent.
 */
public class SimulatorsEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String setting = context.getEnvironment().getProperty("isoko.payments.simulators.enabled");
		if (setting != null) {
			return Boolean.parseBoolean(setting);
		}
		return Arrays.stream(context.getEnvironment().getActiveProfiles()).noneMatch("postgres"::equals);
	}

}
