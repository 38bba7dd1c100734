package org.isoko.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.isoko.shared.TextInput;
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

	/** RFC 5321's limit for a forward path, which an e-mail address must fit. */
	private static final int MAX_EMAIL_LENGTH = 254;

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
		if (TextInput.check(email, false, MAX_EMAIL_LENGTH) != null) {
			// No account has such an e-mail (registration refuses it), and PostgreSQL
			// would refuse to store a NUL in the throttle or the audit log: a wrong
			// sign-in, without touching either. Forms never get here (TextInputFilter);
			// HTTP Basic does.
			throw new BadCredentialsException("E-mail or password is wrong");
		}
		String address = address(authentication);
		Optional<java.time.Instant> locked = throttle.lockedUntil(email, address);
		if (locked.isPresent()) {
			audit.recordFor(email, null, AuditActions.LOGIN_THROTTLED, email, "from " + address);
			throw new LoginThrottled(locked.get(), clock.instant());
		}
		try {
			Authentication result = super.authenticate(authentication);
			throttle.recordSuccess(email, address);
			IsokoPrincipal principal = (IsokoPrincipal) result.getPrincipal();
			audit.recordFor(principal.getUsername(), principal.organisationId(), AuditActions.LOGIN_SUCCEEDED,
					principal.getUsername(), null);
			return result;
		}
		catch (BadCredentialsException | DisabledException e) {
			LoginThrottle.Failure failure = throttle.recordFailure(email, address);
			audit.recordFor(email, null, AuditActions.LOGIN_FAILED, email, "from " + address);
			if (failure.lockedUntil().isPresent()) {
				throw new LoginThrottled(failure.lockedUntil().get(), clock.instant());
			}
			holdTheAnswer(failure.delay());
			throw new BadCredentialsException("E-mail or password is wrong");
		}
	}

	/**
	 * A failure from an address over its limit is answered late: the tar pit that slows
	 * spraying from one address without refusing anybody's correct password.
	 */
	private static void holdTheAnswer(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
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
