package org.isoko.identity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URLEncoder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form, saying whether the password was wrong or the
 * account is throttled, with what was typed and the page to return to.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException e) throws IOException {
		String reason = e instanceof LoginThrottled throttled ? "throttled&minutes=" + throttled.minutes() : "bad";
		String email = request.getParameter("username");
		String target = SignInTarget.safe(request.getParameter(SignInTarget.PARAMETER)).orElse(null);
		String query = "?error=" + reason + (email == null ? "" : "&email=" + URLEncoder.encode(email.trim(), UTF_8))
				+ (target == null ? "" : "&" + SignInTarget.PARAMETER + "=" + URLEncoder.encode(target, UTF_8));
		response.sendRedirect(request.getContextPath() + "/login" + query);
	}

}
