package org.isoko.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;

import tools.jackson.databind.json.JsonMapper;

/** Renders a problem detail as JSON where content negotiation picked an HTML view. */
class ProblemJsonView implements View {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final @Nullable ProblemDetail problem;

	ProblemJsonView(@Nullable ProblemDetail problem) {
		this.problem = problem;
	}

	@Override
	public String getContentType() {
		return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
		response.setContentType(getContentType());
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}
}
