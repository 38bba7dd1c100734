package org.isoko.payments;

import org.isoko.ordering.PaymentStep;
import org.isoko.payments.simulator.SimulatorsEnabled;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class PaymentsConfiguration {

	/**
	 * The module's settings ({@code isoko.payments.*}); the provider secrets are checked
	 * or drawn here, so that a production start without them fails at once, naming the
	 * setting.
	 */
	@Bean
	PaymentsSettings paymentsSettings(Environment environment) {
		PaymentsSettings bound = Binder.get(environment).bindOrCreate("isoko.payments", PaymentsSettings.class);
		return ProviderSecrets.resolve(bound, SimulatorsEnabled.in(environment));
	}

	/** Mobile money for buyers in the MoMo markets. */
	@Bean
	PaymentStep momoPaymentStep(OrderPayments payments, PaymentsSettings settings) {
		return payments.step(Provider.MOMO, settings.momo().currencies());
	}

	/** The wallet for buyers in China. */
	@Bean
	PaymentStep walletPaymentStep(OrderPayments payments, PaymentsSettings settings) {
		return payments.step(Provider.WALLET, settings.wallet().currencies());
	}

}
