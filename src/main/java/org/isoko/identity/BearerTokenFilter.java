package org.isoko.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer isk_...}. A token that
 * is unknown, revoked or expired is refused at once with 401 (and audited) rather than
 * treated as anonymous, so a client learns that its token stopped working. What a token
 * stands for is remembered for a few seconds ({@link AuthenticatedTokens}).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	private final BearerAuthentication tokens;

	private final AuditLog audit;

	private final ProblemResponses problems;

	BearerTokenFilter(BearerAuthentication tokens, AuditLog audit, ProblemResponses problems) {
		this.tokens = tokens;
		this.audit = audit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String secret = header.substring(BEARER.length()).trim();
		var user = secret.startsWith(ApiTokens.PREFIX) && secret.length() < 100 ? tokens.authenticate(secret)
				: java.util.Optional.<AuthenticatedTokens.Entry>empty();
		if (user.isEmpty()) {
			audit.recordFor("anonymous", null, AuditActions.TOKEN_REJECTED, request.getRequestURI(),
					"prefix=" + secret.substring(0, Math.min(10, secret.length())));
			problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
					"The bearer token is unknown, revoked or expired; create a new one with POST /api/v1/tokens");
			return;
		}
		// The principal carries the CurrentUser read with the token, so that controllers
		// do not read it again.
		IsokoPrincipal principal = new IsokoPrincipal(user.get().user(), user.get().current());
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		// Kept on the request too: an asynchronous dispatch of the same request (a drop
		// order answered when its batch
		// commits) runs the security filters again and finds the caller there.
		contexts.saveContext(context, request, response);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
