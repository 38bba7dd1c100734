package org.isoko.ordering;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller method answer <i>either</i> at once (its return value) <i>or</i> later, deciding per request: a
 * drop order refused or replayed is answered on the request's thread, one that waits for its batch's commit is answered
 * by a {@link DeferredResult} without holding the thread. (Declaring {@code DeferredResult} as the return type would send
 * every answer, the cheap ones too, through a second, asynchronous dispatch.)
 */
final class AsyncAnswer {

	private final NativeWebRequest request;
	private final ModelAndViewContainer container;

	private AsyncAnswer(NativeWebRequest request, ModelAndViewContainer container) {
		this.request = request;
		this.container = container;
	}

	/** Answers the request with {@code result} when it is set; the controller method then returns null. */
	void later(DeferredResult<?> result) throws Exception {
		WebAsyncUtils.getAsyncManager(request).startDeferredResultProcessing(result, container);
	}

	@Configuration(proxyBeanMethods = false)
	static class Resolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(this);
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return AsyncAnswer.class.equals(parameter.getParameterType());
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
				WebDataBinderFactory binders) {
			return new AsyncAnswer(request, container);
		}
	}
}
