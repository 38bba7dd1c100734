package org.isoko.identity;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Resolves a presented bearer secret to its user and the {@link CurrentUser} of the
 * request: from {@link AuthenticatedTokens} when this instance read the token within the
 * last seconds (no database access at all), else from the database, and then remembered.
 */
@Component
class BearerAuthentication {

	private final ApiTokens tokens;

	private final CurrentUsers currentUsers;

	private final AuthenticatedTokens remembered;

	BearerAuthentication(ApiTokens tokens, CurrentUsers currentUsers, AuthenticatedTokens remembered) {
		this.tokens = tokens;
		this.currentUsers = currentUsers;
		this.remembered = remembered;
	}

	Optional<AuthenticatedTokens.Entry> authenticate(String secret) {
		String hash = ApiTokens.hash(secret);
		Optional<AuthenticatedTokens.Entry> known = remembered.find(hash);
		if (known.isPresent()) {
			return known;
		}
		long epoch = remembered.epoch();
		return tokens.authenticateHash(hash).map(owner -> {
			AuthenticatedTokens.Entry entry = new AuthenticatedTokens.Entry(owner.token().id(),
					owner.token().expiresAt(), owner.user(), currentUsers.toCurrentUser(owner.user()),
					currentUsers.now());
			remembered.remember(hash, entry, epoch);
			return entry;
		});
	}

}
