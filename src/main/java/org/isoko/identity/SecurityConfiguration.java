package org.isoko.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Two ways in. Programs call {@code /api/**} (and monitoring {@code /actuator/**})
 * statelessly with a bearer token (from {@code POST /api/v1/tokens}); people use pages
 * with a session, a sign-in form and CSRF protection. Both share one password check, with
 * throttling and auditing. Authorisation by role is declared next to each endpoint
 * ({@code @PreAuthorize}); these chains only decide what anonymous visitors may read.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Reference data and the storefront are public to read; everything else needs a
	 * signed-in user.
	 */
	static final String[] PUBLIC_API_READS = { "/api/v1/countries/**", "/api/v1/hubs/**", "/api/v1/corridors/**",
			"/api/v1/fx-rates/**", "/api/v1/listings/**", "/api/v1/lots/**", "/api/v1/drops/**",
			"/api/v1/tariff-lines/**", "/api/v1/tax-rules/**", "/api/v1/cbec-rules/**", "/api/v1/freight-rates/**",
			"/api/v1/tracking/**" };

	static final String[] PUBLIC_PAGES = { "/", "/network/**", "/login", "/register", "/register/**", "/error",
			"/css/**", "/webjars/**", "/favicon.ico", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**",
			"/actuator/health/**", "/actuator/info", "/shop/**", "/lots/**", "/drops/**", "/track", "/ussd",
			"/photos/**" };

	/**
	 * Other sites learn that a visitor came from Isoko, never from which page (order and
	 * lot ids are in paths).
	 */
	static final ReferrerPolicyHeaderWriter.ReferrerPolicy REFERRER_POLICY = ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt by default, with the {id} prefix so that the algorithm can be upgraded
		// without a migration.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No Micrometer observation around each security filter, authentication and
	 * authorisation: it created a dozen observations and meter look-ups per request, a
	 * large share of a cheap API call's CPU, and duplicated what the
	 * {@code http.server.requests} metric and the audit log already record.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring's strict firewall, checking header characters without a regular expression
	 * per header read (see {@link HeaderCharacters}).
	 */
	@Bean
	StrictHttpFirewall httpFirewall() {
		return HeaderCharacters.firewall();
	}

	@Bean
	AuthenticationManager authenticationManager(UserAccounts users, PasswordEncoder encoder, LoginThrottle throttle,
			AuditLog audit, Clock clock) {
		return new ProviderManager(new ThrottledPasswordAuthentication(users, encoder, throttle, audit, clock));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, BearerAuthentication tokens, AuditLog audit, ProblemResponses problems)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable()) // no cookies are accepted here, so there is
											// nothing to forge
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, audit, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
			.authorizeHttpRequests(
					auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/tokens", "/api/v1/registrations")
						.permitAll()
						.requestMatchers(HttpMethod.POST, "/api/v1/ussd")
						.permitAll()
						// The SMS provider's delivery reports: kept out by the
						// callback's own key and addresses, as USSD.
						.requestMatchers(HttpMethod.POST, "/api/v1/sms/delivery-reports")
						.permitAll()
						// Payment providers call back without an Isoko token;
						// the payments module verifies them itself.
						.requestMatchers(HttpMethod.POST, "/api/v1/payments/callbacks/**")
						.permitAll()
						.requestMatchers(HttpMethod.PUT, "/api/v1/payments/callbacks/**")
						.permitAll()
						// Carriers sign their scan events; logistics verifies them.
						.requestMatchers(HttpMethod.POST, "/api/v1/carrier-events")
						.permitAll()
						// China's customs signs its receipts; customs verifies them.
						.requestMatchers(HttpMethod.POST, "/api/v1/customs/china/receipts")
						.permitAll()
						// So do the EAC authorities (the consignments' entries).
						.requestMatchers(HttpMethod.POST, "/api/v1/customs/eac/receipts")
						.permitAll()
						.requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
						.permitAll()
						.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info")
						.permitAll()
						// Order and payment counts would undo the permuted order
						// numbers: metrics are for an admin's token (Prometheus
						// sends it as a bearer token).
						.requestMatchers("/actuator/prometheus", "/actuator/metrics/**")
						.hasRole("ADMIN")
						// Checked here as well as on the endpoints so that a
						// buyer is refused before the body is read.
						.requestMatchers("/api/v1/seller/**")
						.hasAnyRole("SELLER", "ADMIN")
						.requestMatchers(HttpMethod.POST, "/api/v1/products/**", "/api/v1/lots")
						.hasAnyRole("SELLER", "ADMIN")
						.requestMatchers(HttpMethod.PUT, "/api/v1/products/**")
						.hasAnyRole("SELLER", "ADMIN")
						// A buyer's own saved identities (the orderer declared to
						// customs) are the buyer's; the rest is the officers'.
						.requestMatchers(HttpMethod.GET, "/api/v1/customs/identities")
						.authenticated()
						.requestMatchers("/api/v1/customs/**")
						.hasRole("CUSTOMS_OFFICER")
						.anyRequest()
						.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, LoginFailureHandler failureHandler, SignInTarget signInTarget)
			throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/register", "/lang", "/ussd")
			.permitAll()
			// In-process provider simulators (only present when enabled): machine
			// endpoints, no session, no CSRF token.
			.requestMatchers("/simulators/**")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.requestMatchers("/seller/**", "/seller")
			.hasAnyRole("SELLER", "ADMIN")
			.requestMatchers("/operator/**")
			.hasAnyRole("HUB_OPERATOR", "ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/customs/**", "/customs")
			.hasRole("CUSTOMS_OFFICER")
			.anyRequest()
			.authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers("/simulators/**"))
			.formLogin(form -> form.loginPage("/login")
				.failureHandler(failureHandler)
				.successHandler(signInTarget)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").deleteCookies("JSESSIONID"))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}

}
