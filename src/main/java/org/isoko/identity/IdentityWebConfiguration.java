package org.isoko.identity;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps the resolved {@link CurrentUser} parameter out of the OpenAPI document (clients
 * never send it), and gives pages their sign-in link ({@link SignInLink}).
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	private final SignInLink signInLink;

	IdentityWebConfiguration(SignInLink signInLink) {
		this.signInLink = signInLink;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(signInLink);
	}

}
