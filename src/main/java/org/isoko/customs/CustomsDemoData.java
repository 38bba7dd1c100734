package org.isoko.customs;

import java.time.Clock;

import org.isoko.identity.UserDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo buyer in China's saved orderer identity (encrypted like any other), so that
 * the demo's cross-border orders are declared with it and checkout offers it masked. The
 * number is fictional but well-formed (GB 11643 check digit): {@value #DEMO_ID_NUMBER}.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class CustomsDemoData implements ApplicationRunner {

	static final String DEMO_BUYER = "buyer.cn@isoko.demo";

	static final String DEMO_ID_NUMBER = "330106199203154212";

	private final UserDirectory users;

	private final BuyerIdentities identities;

	private final Clock clock;

	CustomsDemoData(UserDirectory users, BuyerIdentities identities, Clock clock) {
		this.users = users;
		this.identities = identities;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		users.findByEmail(DEMO_BUYER)
			.ifPresent(
					buyer -> identities.save(buyer.id(), buyer.displayName(), DEMO_ID_NUMBER, "DEMO", clock.instant()));
	}

}
