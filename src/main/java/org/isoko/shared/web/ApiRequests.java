package org.isoko.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells API requests (answered with JSON and problem details) from page requests
 * (answered with HTML).
 */
public final class ApiRequests {

	public static final String API_PREFIX = "/api/";

	private ApiRequests() {
	}

	public static boolean isApi(HttpServletRequest request) {
		return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	public static boolean isApiPath(String path) {
		return path.startsWith(API_PREFIX) || path.startsWith("/v3/api-docs") || path.startsWith("/actuator");
	}

}
