package org.isoko.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the controller method of a request with a path variable without testing every
 * mapping of the application.
 * <p>
 * Spring MVC looks a path like {@code /api/v1/drops/{id}/orders} up by matching the
 * request against all ~200 mappings, each through the request's wrappers; under a drop
 * rush that was the largest single cost of a cheap API call (about a third of its CPU).
 * This mapping first narrows the candidates to the mappings of the request's HTTP method
 * whose patterns start with a literal prefix of the path, and answers from them when
 * <b>exactly one</b> matches. Everything else (GET, HEAD and OPTIONS, which have special
 * matching rules; encoded or matrix paths; no match; several matches, which need Spring's
 * best-match and ambiguity rules) goes to Spring's own lookup, so answers never differ:
 * the index only leaves out mappings that cannot match.
 */
@Configuration(proxyBeanMethods = false)
class IndexedRequestMappings implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new Indexed();
	}

	static final class Indexed extends RequestMappingHandlerMapping {

		private static final Set<String> INDEXED_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

		private record Candidate(RequestMappingInfo info, HandlerMethod handler, List<String> prefixes) {

			boolean mayMatch(String path) {
				for (String prefix : prefixes) {
					if (path.startsWith(prefix)) {
						return true;
					}
				}
				return false;
			}
		}

		/** Candidates by HTTP method; null until first used after a (re-)registration. */
		private volatile @Nullable Map<String, List<Candidate>> index;

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
				throws Exception {
			HandlerMethod found = indexed(lookupPath, request);
			return found != null ? found : super.lookupHandlerMethod(lookupPath, request);
		}

		/**
		 * For tests: what the index answers (null: it leaves the request to Spring) and
		 * what Spring's own lookup answers.
		 */
		record Answers(@Nullable HandlerMethod indexed, @Nullable Object spring) {
		}

		Answers lookupBothWays(HttpServletRequest forIndex, HttpServletRequest forSpring) {
			HandlerMethod indexed = indexed(initLookupPath(forIndex), forIndex);
			Object spring;
			try {
				spring = super.lookupHandlerMethod(initLookupPath(forSpring), forSpring);
			}
			catch (Exception e) {
				spring = e.getClass();
			}
			return new Answers(indexed, spring);
		}

		/**
		 * The one mapping that matches among the candidates, or null to let Spring
		 * decide.
		 */
		private @Nullable HandlerMethod indexed(String lookupPath, HttpServletRequest request) {
			String method = request.getMethod();
			if (!INDEXED_METHODS.contains(method) || lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
				return null;
			}
			Map<String, List<Candidate>> byMethod = index();
			if (byMethod == null) {
				return null;
			}
			Candidate single = null;
			RequestMappingInfo matched = null;
			for (Candidate candidate : byMethod.getOrDefault(method, List.of())) {
				if (!candidate.mayMatch(lookupPath)) {
					continue;
				}
				RequestMappingInfo match = getMatchingMapping(candidate.info(), request);
				if (match != null) {
					if (single != null) {
						return null; // several match: Spring picks the best one
					}
					single = candidate;
					matched = match;
				}
			}
			if (single == null || matched == null) {
				return null;
			}
			request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, single.handler());
			handleMatch(matched, lookupPath, request);
			return single.handler();
		}

		private @Nullable Map<String, List<Candidate>> index() {
			Map<String, List<Candidate>> current = index;
			if (current != null) {
				return current;
			}
			Map<String, List<Candidate>> built = new HashMap<>();
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : getHandlerMethods().entrySet()) {
				PathPatternsRequestCondition patterns = entry.getKey().getPathPatternsCondition();
				if (patterns == null) {
					return null; // AntPathMatcher mode: not indexed
				}
				List<String> prefixes = patterns.getPatterns()
					.stream()
					.map(PathPattern::getPatternString)
					.map(Indexed::literalPrefix)
					.toList();
				Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
				for (String method : INDEXED_METHODS) {
					if (methods.isEmpty() || methods.contains(RequestMethod.valueOf(method))) {
						built.computeIfAbsent(method, m -> new ArrayList<>())
							.add(new Candidate(entry.getKey(), entry.getValue(), prefixes));
					}
				}
			}
			index = built;
			return built;
		}

		/**
		 * The pattern up to its first variable or wildcard: every path it matches starts
		 * with that.
		 */
		static String literalPrefix(String pattern) {
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c == '{' || c == '*' || c == '?') {
					return pattern.substring(0, i);
				}
			}
			return pattern;
		}

		@Override
		public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
			super.registerMapping(mapping, handler, method);
			index = null;
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			index = null;
		}

		@Override
		protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
			super.registerHandlerMethod(handler, method, mapping);
			index = null;
		}

	}

}
