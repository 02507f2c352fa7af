package dev.clientele.access.internal;

import dev.clientele.access.SignInAttempted;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages use form login with a session (id renewed at sign-in, CSRF on every
 * form); the API takes a personal token ({@code Authorization: Bearer}) or the session cookie
 * (CSRF on unsafe methods). What a signed-in user may do is decided by the modules' façades
 * from the user's roles, afresh on every request.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

	static final RequestMatcher BEARER = request -> {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	static final RequestMatcher TOKEN_REQUEST = request -> "POST".equals(request.getMethod())
			&& request.getRequestURI().equals(request.getContextPath() + "/api/v1/tokens")
			&& request.getHeader("Authorization") != null
			&& request.getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6);

	/** The API answers 401 with a problem document; pages send the browser to the sign-in form. */
	private static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, ex) -> {
			if (API.matches(request)) {
				problems.unauthorized(request, response, ex);
			}
			else {
				login.commence(request, response, ex);
			}
		};
	}

	/**
	 * A request without a session carries no ambient credentials to forge, so it needs no CSRF
	 * token: it is answered 401 (or sent to the sign-in page) instead of a CSRF 403. Signing in
	 * itself stays protected against login CSRF.
	 */
	static final RequestMatcher SESSIONLESS = request -> request.getSession(false) == null
			&& !request.getRequestURI().equals(request.getContextPath() + "/login");

	/**
	 * Links in emails that act without a sign-in: the signed token in the path is the authority, and
	 * a mail client's one-click unsubscribe (RFC 8058) POSTs without any CSRF token.
	 */
	static final String[] EMAIL_LINKS = { "/unsubscribe/*", "/consents/confirm/*", "/t/o/*", "/t/c/*", "/r/*" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	// the filters run inside the security chain only, not a second time as servlet filters
	@Bean
	FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterRegistration(BearerTokenFilter filter) {
		FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AccountStateFilter> accountStateFilterRegistration(AccountStateFilter filter) {
		FilterRegistrationBean<AccountStateFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, BearerTokenFilter bearer, AccountStateFilter state,
			SignInProvider provider, ProblemResponses problems, ApplicationEventPublisher events) throws Exception {
		http.authenticationProvider(provider)
			.authorizeHttpRequests(requests -> requests
				// the continuation of a request already authorized (e.g. the end of an event stream)
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
						"/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers(TOKEN_REQUEST)
				.permitAll()
				.requestMatchers(EMAIL_LINKS)
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/api/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(new SignInDetails.Source())
				.successHandler(new SignInSuccess())
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof ClientelePrincipal principal) {
						events.publishEvent(new SignInAttempted(principal.userId(), request.getRemoteAddr(), "logout", null));
					}
				}))
			.httpBasic(basic -> basic.disable())
			.csrf(csrf -> csrf.ignoringRequestMatchers(BEARER, TOKEN_REQUEST, SESSIONLESS)
				.ignoringRequestMatchers(EMAIL_LINKS))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint(problems))
				.defaultAccessDeniedHandlerFor(problems::forbidden, API))
			.addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(state, AuthorizationFilter.class);
		return http.build();
	}

}
