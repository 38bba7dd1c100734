package org.isoko.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.isoko.shared.ProblemJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;

/** Renders a problem detail as JSON where content negotiation picked an HTML view. */
class ProblemJsonView implements View {

	private final @Nullable ProblemDetail problem;

	ProblemJsonView(@Nullable ProblemDetail problem) {
		this.problem = problem;
	}

	@Override
	public String getContentType() {
		return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (problem == null) {
			ProblemJson.write(response, response.getStatus(), "Error", "Something went wrong", null);
			return;
		}
		ProblemJson.write(response, problem.getStatus(), String.valueOf(problem.getTitle()),
				String.valueOf(problem.getDetail()),
				problem.getInstance() == null ? null : problem.getInstance().toString());
	}

}
