package org.isoko.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form, saying whether the password was wrong or the
 * account is throttled.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException e) throws IOException {
		String reason = e instanceof LoginThrottled throttled ? "throttled&minutes=" + throttled.minutes() : "bad";
		String email = request.getParameter("username");
		String query = "?error=" + reason + (email == null ? ""
				: "&email=" + java.net.URLEncoder.encode(email.trim(), java.nio.charset.StandardCharsets.UTF_8));
		response.sendRedirect(request.getContextPath() + "/login" + query);
	}

}
