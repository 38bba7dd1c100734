package org.isoko.identity;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page a visitor is on, for the layout's sign-in link ({@code /login?target=...}), so
 * that signing in returns there ({@link SignInTarget}). Only pages reached by GET: after
 * a form was posted, the form's own page.
 */
@ControllerAdvice
class SignInLink {

	/**
	 * Whether the page follows a sign-out ({@code /?signedOut}). Read from the query
	 * string, never the parameters: an error page for a body Tomcat refused to parse must
	 * not parse it again.
	 */
	@ModelAttribute("signedOut")
	boolean signedOut(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null
				&& Arrays.stream(query.split("&")).anyMatch(p -> p.equals("signedOut") || p.startsWith("signedOut="));
	}

	@ModelAttribute("signInTarget")
	@Nullable String signInTarget(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		String target = "GET".equals(request.getMethod()) && query != null ? path + "?" + query : path;
		return SignInTarget.safe(target).filter(t -> !t.equals("/")).orElse(null);
	}

}
