package org.isoko.identity;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who is signed in, as kept in the session or rebuilt from an API token: only ids and
 * authorities. For a session, everything else (organisation, verification) is read fresh
 * on each request, so a verification or role change counts at once; an API call carries
 * the {@link CurrentUser} read with its token, at most a few seconds old (see
 * {@link AuthenticatedTokens} for the bound).
 */
final class IsokoPrincipal implements UserDetails, CredentialsContainer {

	private final UserId userId;

	private final String email;

	private final OrganisationId organisationId;

	private final List<GrantedAuthority> authorities;

	private final boolean enabled;

	private @Nullable String passwordHash;

	// Set for an API call: the CurrentUser read with the token (see AuthenticatedTokens);
	// not kept in a session.
	private final transient @Nullable CurrentUser current;

	IsokoPrincipal(UserAccount user) {
		this(user, null);
	}

	IsokoPrincipal(UserAccount user, @Nullable CurrentUser current) {
		this.current = current;
		this.userId = user.id();
		this.email = user.email();
		this.organisationId = user.organisationId();
		this.authorities = user.roles()
			.stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
			.toList();
		this.enabled = user.enabled();
		this.passwordHash = user.passwordHash();
	}

	UserId userId() {
		return userId;
	}

	/**
	 * The user as read when the bearer token was authenticated; null for a web session
	 * (read fresh on each request).
	 */
	@Nullable CurrentUser current() {
		return current;
	}

	OrganisationId organisationId() {
		return organisationId;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return email;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IsokoPrincipal principal && principal.userId.equals(userId);
	}

	@Override
	public int hashCode() {
		return userId.hashCode();
	}

}
