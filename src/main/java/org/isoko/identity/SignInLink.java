package org.isoko.identity;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * The page a visitor is on, for the layout's sign-in link ({@code /login?target=...}), so
 * that signing in returns there ({@link SignInTarget}). Only pages reached by GET: after
 * a form was posted, the form's own page.
 * <p>
 * Added to the model of a page about to be rendered (a view by name, not a redirect), not
 * as a {@code @ControllerAdvice}: that ran on every API call too (about 3 % of a
 * checkout's CPU), and the API and page controllers share their packages. A value the
 * controller put in the model itself is kept.
 */
@Component
class SignInLink implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || !rendersAPage(page.getViewName())) {
			return;
		}
		ModelMap model = page.getModelMap();
		model.putIfAbsent("signedOut", signedOut(request));
		model.putIfAbsent("signInTarget", signInTarget(request));
	}

	/**
	 * A template's name; not a view object (the error controller's problem JSON) nor a
	 * redirect, whose model would become its query parameters.
	 */
	private static boolean rendersAPage(@Nullable String view) {
		return view != null && !view.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
				&& !view.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX);
	}

	/**
	 * Whether the page follows a sign-out ({@code /?signedOut}). Read from the query
	 * string, never the parameters: an error page for a body Tomcat refused to parse must
	 * not parse it again.
	 */
	boolean signedOut(HttpServletRequest request) {
		String query = request.getQueryString();
		return query != null
				&& Arrays.stream(query.split("&")).anyMatch(p -> p.equals("signedOut") || p.startsWith("signedOut="));
	}

	@Nullable String signInTarget(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		String target = "GET".equals(request.getMethod()) && query != null ? path + "?" + query : path;
		return SignInTarget.safe(target).filter(t -> !t.equals("/")).orElse(null);
	}

}
