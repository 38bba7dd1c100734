package org.isoko.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller of any module declare a {@link CurrentUser} (or
 * {@code Optional<CurrentUser>}) parameter. Nobody signed in means 401 for the API and
 * the sign-in page for the web (the exception travels to Spring Security's exception
 * translation).
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final CurrentUsers currentUsers;

	CurrentUserArgumentResolver(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentUser.class.equals(parameter.getParameterType()) || isOptionalCurrentUser(parameter);
	}

	/**
	 * {@code CurrentUser} requires a signed-in user; {@code Optional<CurrentUser>} serves
	 * public pages too.
	 */
	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		return isOptionalCurrentUser(parameter) ? currentUsers.current() : currentUsers.require();
	}

	private static boolean isOptionalCurrentUser(MethodParameter parameter) {
		return Optional.class.equals(parameter.getParameterType())
				&& ResolvableType.forMethodParameter(parameter).getGeneric(0).toClass().equals(CurrentUser.class);
	}

}
