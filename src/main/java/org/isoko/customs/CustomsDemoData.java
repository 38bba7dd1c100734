package org.isoko.customs;

import java.time.Clock;

import org.isoko.customs.ceb.Ceb;
import org.isoko.identity.UserDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo buyer in China's identity for customs, in the interim table until checkout
 * captures the orderer's real name and ID number (issue 15). The number is fictional but
 * well-formed (GB 11643 check digit): {@value #DEMO_ID_NUMBER}.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "isoko.demo-data.enabled", havingValue = "true")
class CustomsDemoData implements ApplicationRunner {

	static final String DEMO_BUYER = "buyer.cn@isoko.demo";

	static final String DEMO_ID_NUMBER = "330106199203154212";

	private final UserDirectory users;

	private final DeclarationStore store;

	private final Clock clock;

	CustomsDemoData(UserDirectory users, DeclarationStore store, Clock clock) {
		this.users = users;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		users.findByEmail(DEMO_BUYER)
			.ifPresent(buyer -> store.recordIdentity(buyer.id(),
					new DeclarationStore.BuyerIdentity(buyer.displayName(), Ceb.ID_TYPE_RESIDENT, DEMO_ID_NUMBER),
					"demo data (interim, until checkout captures it)", clock.instant()));
	}

}
