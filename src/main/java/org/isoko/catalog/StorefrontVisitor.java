package org.isoko.catalog;

import java.lang.reflect.Method;
import java.util.List;

import org.isoko.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is looking at the public storefront: a signed-in user, or an anonymous visitor ({@code user} null). A
 * {@link CurrentUser} parameter would turn anonymous visitors away, so storefront controllers declare a
 * {@code StorefrontVisitor} instead; for a signed-in visitor it is resolved by identity's own {@code CurrentUser}
 * resolver, so the user is exactly the one any other controller gets.
 */
record StorefrontVisitor(@Nullable CurrentUser user) {

	boolean signedIn() {
		return user != null;
	}

	@Configuration(proxyBeanMethods = false)
	static class Resolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

		private static final MethodParameter CURRENT_USER = currentUserParameter();

		private final ObjectProvider<HandlerMethodArgumentResolver> resolvers;

		Resolver(ObjectProvider<HandlerMethodArgumentResolver> resolvers) {
			this.resolvers = resolvers;
		}

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> list) {
			list.add(this);
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return StorefrontVisitor.class.equals(parameter.getParameterType());
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container, NativeWebRequest request,
				@Nullable WebDataBinderFactory binderFactory) throws Exception {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
				return new StorefrontVisitor(null);
			}
			HandlerMethodArgumentResolver users = resolvers.orderedStream().filter(r -> r != this && r.supportsParameter(CURRENT_USER))
					.findFirst().orElseThrow(() -> new IllegalStateException("Identity resolves no CurrentUser"));
			return new StorefrontVisitor((CurrentUser) users.resolveArgument(CURRENT_USER, container, request, binderFactory));
		}

		@SuppressWarnings("unused")
		private static void prototype(CurrentUser user) {
			// Only its parameter is used: the MethodParameter handed to identity's resolver.
		}

		private static MethodParameter currentUserParameter() {
			try {
				Method method = Resolver.class.getDeclaredMethod("prototype", CurrentUser.class);
				return new MethodParameter(method, 0);
			}
			catch (NoSuchMethodException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
