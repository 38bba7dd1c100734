package org.isoko.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's cover page and the two ways to authenticate (Basic to get a
 * token, Bearer to use it).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI isokoOpenApi() {
		return new OpenAPI().info(new Info().title("Isoko API")
			.version("v1")
			.description("Open electronic world trade platform. Errors are RFC 9457 problem details. "
					+ "Get a bearer token with POST /api/v1/tokens (HTTP Basic), then send 'Authorization: Bearer <token>'.")
			.license(new License().name("Open source")))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
