package org.isoko.channels.ussd;

import org.isoko.shared.Msisdn;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A demo seller ready for USSD: the Abahuzamugambi cooperative's number gets PIN
 * {@value #PIN} and Kinyarwanda menus, so the phone simulator can be tried without the
 * SMS code. Only when the number has no PIN yet (a changed PIN survives a restart).
 */
@Component
@Order(70)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class UssdDemoData implements ApplicationRunner {

	static final Msisdn PHONE = new Msisdn("250788100200");

	static final String PIN = "1357";

	private final Subscribers subscribers;

	private final PasswordEncoder encoder;

	private final java.time.Clock clock;

	UssdDemoData(Subscribers subscribers, PasswordEncoder encoder, java.time.Clock clock) {
		this.subscribers = subscribers;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var now = clock.instant();
		var subscriber = subscribers.find(PHONE, now);
		if (subscriber.pinHash() == null) {
			subscribers.pin(PHONE, encoder.encode(PIN), now);
		}
		if (subscriber.language() == null) {
			subscribers.language(PHONE, "rw", now);
		}
	}

}
