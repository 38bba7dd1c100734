package org.isoko.identity;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the resolved {@link CurrentUser} parameter out of the OpenAPI document: clients
 * never send it.
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

}
