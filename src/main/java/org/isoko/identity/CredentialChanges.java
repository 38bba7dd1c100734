package org.isoko.identity;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells every instance that what some API token stands for changed: the change forgets
 * the remembered tokens of this instance at once and raises the credential generation in
 * the caller's transaction; the other instances see it move on their next poll (every
 * {@code isoko.identity.token-cache-sync}) and forget theirs (see
 * {@link AuthenticatedTokens}; the remembered organisations,
 * {@link RememberedOrganisations}, likewise). Revocations and role or verification
 * decisions are rare, so one counter (every instance forgets everything) is simpler than
 * a log of which token changed and costs one read per active token afterwards.
 */
@Component
class CredentialChanges {

	private static final Logger log = LoggerFactory.getLogger(CredentialChanges.class);

	private final JdbcClient jdbc;

	private final AuthenticatedTokens remembered;

	private final RememberedOrganisations organisations;

	CredentialChanges(JdbcClient jdbc, AuthenticatedTokens remembered, RememberedOrganisations organisations) {
		this.jdbc = jdbc;
		this.remembered = remembered;
		this.organisations = organisations;
	}

	/** A token was revoked, in the current transaction. */
	void tokenRevoked(UUID tokenId) {
		raise();
		remembered.forgetToken(tokenId);
	}

	/**
	 * Roles or an organisation's verification changed, in the current transaction: any
	 * token may stand for something else.
	 */
	void anyTokenChanged() {
		raise();
		remembered.forgetAll();
	}

	private void raise() {
		jdbc.sql("UPDATE identity_credential_generation SET generation = generation + 1 WHERE id = 1").update();
	}

	@Scheduled(fixedDelayString = "${isoko.identity.token-cache-sync:1s}")
	void poll() {
		if (remembered.ttl().isZero() && organisations.off()) {
			return;
		}
		try {
			long generation = jdbc.sql("SELECT generation FROM identity_credential_generation WHERE id = 1")
				.query(Long.class)
				.single();
			remembered.synchronised(generation);
			organisations.synchronised(generation);
		}
		catch (RuntimeException e) {
			// Not fatal: without a recent poll the remembered tokens are not trusted and
			// every call reads its token.
			log.warn("Could not poll the credential generation: {}", e.toString());
		}
	}

}
