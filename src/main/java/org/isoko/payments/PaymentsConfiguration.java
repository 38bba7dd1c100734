package org.isoko.payments;

import org.isoko.ordering.PaymentStep;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentsSettings.class)
class PaymentsConfiguration {

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
