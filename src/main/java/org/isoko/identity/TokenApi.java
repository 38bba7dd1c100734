package org.isoko.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.isoko.shared.PageOf;
import org.isoko.shared.PageOf.PageRequest;
import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens. A program signs in once with HTTP Basic (e-mail and password) to get a
 * bearer token, then sends {@code Authorization: Bearer <token>} on every call. The
 * password check is the web sign-in's, with the same throttling and audit.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Bearer tokens for API access")
class TokenApi {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final CurrentUsers currentUsers;

	private final UserAccounts users;

	private final Clock clock;

	TokenApi(AuthenticationManager authentication, ApiTokens tokens, CurrentUsers currentUsers, UserAccounts users,
			Clock clock) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.currentUsers = currentUsers;
		this.users = users;
		this.clock = clock;
	}

	record TokenRequest(@Nullable String name, @Nullable Integer expiresInDays) {
	}

	record CreatedToken(UUID id, String token, String name, Instant createdAt, @Nullable Instant expiresAt) {
	}

	record TokenView(UUID id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, boolean active) {
	}

	@PostMapping
	@Operation(summary = "Create a bearer token",
			description = "Authenticate with HTTP Basic (e-mail:password). The token is returned once and stored only as a hash.",
			security = @SecurityRequirement(name = "basic"))
	ResponseEntity<?> create(
			@Parameter(hidden = true) @RequestHeader(value = HttpHeaders.AUTHORIZATION,
					required = false) @Nullable String authorization,
			@RequestBody(required = false) @Nullable TokenRequest request, HttpServletRequest servletRequest) {
		String[] credentials = basicCredentials(authorization);
		if (credentials == null) {
			return unauthorized("Send your e-mail and password with HTTP Basic authentication to create a token");
		}
		UserAccount user;
		try {
			var token = UsernamePasswordAuthenticationToken.unauthenticated(credentials[0], credentials[1]);
			token.setDetails(new WebAuthenticationDetails(servletRequest));
			var result = authentication.authenticate(token);
			user = users.findById(((IsokoPrincipal) result.getPrincipal()).userId()).orElseThrow();
		}
		catch (LoginThrottled e) {
			return ProblemJson.response(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", e.getMessage())
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds(clock.instant())))
				.build();
		}
		catch (AuthenticationException e) {
			return unauthorized("E-mail or password is wrong");
		}
		var issued = tokens.issue(user, request == null ? null : request.name(),
				request == null ? null : request.expiresInDays());
		var token = issued.token();
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id()))
			.body(new CreatedToken(token.id(), issued.secret(), token.name(), token.createdAt(), token.expiresAt()));
	}

	@GetMapping
	@Operation(summary = "List my tokens", description = "Never returns the secrets, only a recognisable prefix.")
	PageOf<TokenView> list(CurrentUser user, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		Instant now = clock.instant();
		return tokens.ownedBy(user.id(), PageRequest.of(page, size)).map(t -> view(t, now));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of my tokens", description = "Effective at once on the instance that revokes it; "
			+ "other Isoko instances stop accepting it within about isoko.identity.token-cache-sync (1 s). Another user's token answers 404.")
	void revoke(@PathVariable UUID id) {
		tokens.revoke(currentUsers.requireAccount(), id);
	}

	static TokenView view(ApiToken t, Instant now) {
		return new TokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt(),
				t.isActive(now));
	}

	private static @Nullable String[] basicCredentials(@Nullable String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 1 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
		return ProblemJson.response(HttpStatus.UNAUTHORIZED, "Unauthorized", detail)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"isoko\"")
			.build();
	}

}
