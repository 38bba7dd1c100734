package org.isoko.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop of every error that no controller answered (unknown paths, wrong methods,
 * errors raised by filters): problem+json for API clients, the error page for people.
 */
@Controller
class IsokoErrorController implements ErrorController {

	/**
	 * Request attribute set when the hub network is empty: the page shows who sets it up,
	 * with the links.
	 */
	static final String NETWORK_NOT_SET_UP = IsokoErrorController.class.getName() + ".networkNotSetUp";

	private final MessageSource messages;

	IsokoErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = status(request);
		if (ApiRequests.isApiPath(originalPath(request))) {
			// An API path asked for HTML (e.g. a browser opened it): still answer with
			// the API's error format.
			ModelAndView json = new ModelAndView(new ProblemJsonView(problem(request).getBody()));
			json.setStatus(status);
			return json;
		}
		ModelAndView page = new ModelAndView("error", status);
		Locale locale = LocaleContextHolder.getLocale();
		page.addObject("status", status.value());
		page.addObject("reason",
				messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
		page.addObject("message", pageMessage(request, status, locale));
		if (request.getAttribute(NETWORK_NOT_SET_UP) != null) {
			page.addObject("setup", true);
			page.addObject("reason", messages.getMessage("error.setup.title", null, locale));
			page.addObject("message", messages.getMessage("error.setup.message", null, locale));
		}
		return page;
	}

	@RequestMapping(path = "/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(request, status));
		problem.setTitle(status.getReasonPhrase());
		String path = originalPath(request);
		if (!path.isEmpty()) {
			problem.setInstance(java.net.URI.create(path.replace(" ", "%20")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * What went wrong, in the visitor's language where the refusing code said it with a
	 * message code; otherwise the detail it gave (as before), unless that is only the
	 * status's English reason phrase (Spring Security refuses with "Forbidden"), which
	 * the heading already says in the visitor's language.
	 */
	private @Nullable String pageMessage(HttpServletRequest request, HttpStatus status, Locale locale) {
		if (request.getAttribute(TextInputFilter.ERROR_MESSAGE) instanceof MessageSourceResolvable resolvable) {
			return messages.getMessage(resolvable, locale);
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		return message instanceof String text && !text.isBlank() && !text.equalsIgnoreCase(status.getReasonPhrase())
				? text : null;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpServletRequest request, HttpStatus status) {
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		if (message instanceof String text && !text.isBlank() && status != HttpStatus.INTERNAL_SERVER_ERROR) {
			return text;
		}
		return switch (status) {
			case NOT_FOUND -> "No resource at " + originalPath(request);
			case METHOD_NOT_ALLOWED -> "This method is not allowed on " + originalPath(request);
			case UNAUTHORIZED ->
				"Authentication is required: send 'Authorization: Bearer <token>' (see POST /api/v1/tokens)";
			case FORBIDDEN -> "You are not allowed to do this";
			case UNSUPPORTED_MEDIA_TYPE -> "This content type is not supported here; send application/json";
			case PAYLOAD_TOO_LARGE -> "The request body is too large";
			case INTERNAL_SERVER_ERROR -> "Something went wrong on our side; nothing was changed by this request";
			default -> status.getReasonPhrase();
		};
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String text ? text : "";
	}

}
