package org.isoko.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The indexed handler lookup answers exactly as Spring's own for every mapping of the
 * application: for each pattern, a request built from it with each indexed HTTP method
 * and content type is looked up both ways.
 */
@SpringBootTest
class IndexedRequestMappingsIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theIndexAnswersLikeSpringForEveryMappingAndMethod() {
		assertThat(mapping).isInstanceOf(IndexedRequestMappings.Indexed.class);
		IndexedRequestMappings.Indexed indexed = (IndexedRequestMappings.Indexed) mapping;
		List<String> paths = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			for (PathPattern pattern : entry.getKey().getPathPatternsCondition().getPatterns()) {
				paths.add(sample(pattern.getPatternString()));
			}
		}
		paths.addAll(List.of("/api/v1/nothing/here", "/api/v1/drops/" + UUID.randomUUID() + "/orders/",
				"/api/v1/drops/x%2Fy/orders", "/API/v1/drops/" + UUID.randomUUID() + "/orders"));
		int answeredByIndex = 0;
		for (String path : paths) {
			for (RequestMethod method : List.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
					RequestMethod.DELETE)) {
				for (String contentType : List.of("application/json", "application/x-www-form-urlencoded")) {
					IndexedRequestMappings.Indexed.Answers answers = indexed
						.lookupBothWays(request(method, path, contentType), request(method, path, contentType));
					if (answers.indexed() != null) {
						answeredByIndex++;
						assertThat(answers.indexed()).as(method + " " + path + " " + contentType)
							.isEqualTo(answers.spring());
					}
				}
			}
		}
		assertThat(answeredByIndex).as("requests the index answered itself").isGreaterThan(50);
		HandlerMethod dropOrder = indexed
			.lookupBothWays(
					request(RequestMethod.POST, "/api/v1/drops/" + UUID.randomUUID() + "/orders", "application/json"),
					request(RequestMethod.POST, "/api/v1/drops/" + UUID.randomUUID() + "/orders", "application/json"))
			.indexed();
		assertThat(dropOrder).isNotNull();
		assertThat(dropOrder.getMethod().getName()).isEqualTo("order");
	}

	@Test
	void theLiteralPrefixStopsAtTheFirstVariableOrWildcard() {
		assertThat(IndexedRequestMappings.Indexed.literalPrefix("/api/v1/drops/{id}/orders"))
			.isEqualTo("/api/v1/drops/");
		assertThat(IndexedRequestMappings.Indexed.literalPrefix("/css/**")).isEqualTo("/css/");
		assertThat(IndexedRequestMappings.Indexed.literalPrefix("/api/v1/orders")).isEqualTo("/api/v1/orders");
		assertThat(IndexedRequestMappings.Indexed.literalPrefix("/a?c")).isEqualTo("/a");
	}

	private static MockHttpServletRequest request(RequestMethod method, String path, String contentType) {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		request.setContentType(contentType);
		request.addHeader("Accept", "application/json, text/html");
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/**
	 * A path the pattern matches: variables become a UUID, wildcards a segment or two.
	 */
	private static String sample(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "a/b")
			.replaceAll("\\{[^}]*}", UUID.randomUUID().toString())
			.replace("**", "x/y")
			.replace("*", "x")
			.replace("?", "x");
	}

}
