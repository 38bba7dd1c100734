package org.isoko.channels.sms;

import java.net.URI;

import org.isoko.channels.sms.AfricasTalkingSmsGateway.AfricasTalkingSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which gateway sends the outbox's messages: {@code isoko.channels.sms.gateway} is
 * {@code simulator} (the default, where simulators run) or {@code africastalking}. The
 * Africa's Talking adapter, once selected, needs its username and API key, and Isoko does
 * not start without them rather than keep messages it can never send.
 */
@Configuration(proxyBeanMethods = false)
class SmsGatewayConfiguration {

	@Bean
	@ConditionalOnProperty(name = "isoko.channels.sms.gateway", havingValue = "africastalking")
	AfricasTalkingSmsGateway africasTalkingSmsGateway(
			@Value("${isoko.channels.sms.africastalking.username:}") String username,
			@Value("${isoko.channels.sms.africastalking.api-key:}") String apiKey,
			@Value("${isoko.channels.sms.africastalking.base-url:https://api.africastalking.com}") URI baseUrl,
			@Value("${isoko.channels.sms.africastalking.from:}") String from) {
		return new AfricasTalkingSmsGateway(new AfricasTalkingSettings(username, apiKey, baseUrl, from));
	}

}
