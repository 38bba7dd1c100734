package org.isoko.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.isoko.shared.ProblemJson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 for API calls as RFC 9457 problem details, written by the security filters
 * themselves.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"isoko\"");
		ProblemJson.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
				"Authentication is required: send 'Authorization: Bearer <token>' (create one with POST /api/v1/tokens)",
				request.getRequestURI());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		ProblemJson.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Your role does not allow this call",
				request.getRequestURI());
	}

	void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		ProblemJson.write(response, status, title, detail, null);
	}

}
