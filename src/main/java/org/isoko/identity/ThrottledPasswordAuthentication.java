package org.isoko.identity;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * E-mail and password sign-in, for the web form and for {@code POST /api/v1/tokens}
 * alike: refuses throttled attempts before checking the password, counts failures, and
 * writes every outcome to the audit log.
 */
class ThrottledPasswordAuthentication extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	ThrottledPasswordAuthentication(UserAccounts users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit,
			Clock clock) {
		super(email -> users.findByEmail(email)
			.filter(UserAccount::enabled)
			.map(IsokoPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + email)));
		setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = String.valueOf(authentication.getName()).trim();
		String address = address(authentication);
		Optional<java.time.Instant> locked = throttle.lockedUntil(email, address);
		if (locked.isPresent()) {
			audit.recordFor(email, null, AuditActions.LOGIN_THROTTLED, email, "from " + address);
			throw new LoginThrottled(locked.get(), clock.instant());
		}
		try {
			Authentication result = super.authenticate(authentication);
			throttle.recordSuccess(email);
			IsokoPrincipal principal = (IsokoPrincipal) result.getPrincipal();
			audit.recordFor(principal.getUsername(), principal.organisationId(), AuditActions.LOGIN_SUCCEEDED,
					principal.getUsername(), null);
			return result;
		}
		catch (BadCredentialsException | DisabledException e) {
			Optional<java.time.Instant> lockedNow = throttle.recordFailure(email, address);
			audit.recordFor(email, null, AuditActions.LOGIN_FAILED, email, "from " + address);
			if (lockedNow.isPresent()) {
				throw new LoginThrottled(lockedNow.get(), clock.instant());
			}
			throw new BadCredentialsException("E-mail or password is wrong");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		String fromRequest = AuditLog.remoteAddress();
		return fromRequest == null ? "unknown" : fromRequest;
	}

}
