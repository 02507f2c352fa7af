package dev.clientele.access.internal;

import java.time.Clock;
import java.util.List;

import dev.clientele.access.SignInAttempted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Form sign-in through {@link SignIn}; every attempt is published for the audit trail. */
@Component
class SignInProvider implements AuthenticationProvider {

	private final SignIn signIn;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInProvider(SignIn signIn, ApplicationEventPublisher events, Clock clock) {
		this.signIn = signIn;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String login = authentication.getName();
		String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
		SignInDetails details = authentication.getDetails() instanceof SignInDetails d ? d : null;
		String ip = details == null ? null : details.getRemoteAddress();
		SignIn.Outcome outcome = signIn.attempt(login, password, details == null ? null : details.oneTimeCode());
		if (outcome instanceof SignIn.Outcome.Success success) {
			events.publishEvent(SignInAttempted.succeeded(success.account().id(), ip, "session"));
			ClientelePrincipal principal = new ClientelePrincipal(success.account().id(), success.account().login(),
					clock.instant(), null);
			return UsernamePasswordAuthenticationToken.authenticated(principal, null,
					List.of(new SimpleGrantedAuthority("ROLE_USER")));
		}
		SignIn.Outcome.Failure failure = (SignIn.Outcome.Failure) outcome;
		events.publishEvent(SignInAttempted.failed(failure.account().map(Account::id).orElse(null), ip, failure.locked()));
		throw new BadCredentialsException("Sign-in failed");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
