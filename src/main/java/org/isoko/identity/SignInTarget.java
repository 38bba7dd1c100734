package org.isoko.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After signing in, the user is back on the page they were reading: the sign-in link of
 * every page carries that page as {@code target}, the form posts it along, and a failed
 * attempt keeps it. Only a path of this site is followed (never {@code //host} or a full
 * URL: an open redirect would let a phishing link send a freshly signed-in user
 * anywhere); anything else, or none, falls back to the page that asked for sign-in, else
 * the home page.
 */
@Component
class SignInTarget extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String PARAMETER = "target";

	private static final int MAX_LENGTH = 2_000;

	SignInTarget() {
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		Optional<String> target = safe(request.getParameter(PARAMETER));
		if (target.isPresent()) {
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, target.get());
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** The target when it is a path of this site worth returning to. */
	static Optional<String> safe(@Nullable String target) {
		if (target == null || target.isBlank() || target.length() > MAX_LENGTH || !target.startsWith("/")
				|| target.startsWith("//") || target.startsWith("/\\")) {
			return Optional.empty();
		}
		if (target.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
			return Optional.empty();
		}
		String path = target.split("[?#]", 2)[0];
		if (path.equals("/login") || path.equals("/logout") || path.startsWith("/register")) {
			return Optional.empty();
		}
		return Optional.of(target);
	}

}
