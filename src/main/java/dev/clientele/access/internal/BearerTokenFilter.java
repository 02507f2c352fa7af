package dev.clientele.access.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.clientele.access.SignInAttempted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests for this request only. A bad,
 * expired or revoked token is a 401 (no fall-back to the session); a read token on an unsafe
 * method is a 403.
 */
@Component
class BearerTokenFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

	private final TokenService tokens;

	private final AccountStates states;

	private final ProblemResponses problems;

	private final ApplicationEventPublisher events;

	BearerTokenFilter(TokenService tokens, AccountStates states, ProblemResponses problems,
			ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.states = states;
		this.problems = problems;
		this.events = events;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SecurityConfiguration.BEARER.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader("Authorization").substring(7).strip();
		Optional<TokenRepository.StoredToken> stored = tokens.verify(secret);
		Optional<Account> account = stored.flatMap(s -> states.account(s.token().userId())).filter(Account::active);
		if (stored.isEmpty() || account.isEmpty()) {
			problems.write(request, response, 401, "unauthorized", "problem.unauthorized");
			return;
		}
		if ("read".equals(stored.get().token().scope()) && !SAFE.contains(request.getMethod())) {
			problems.write(request, response, 403, "forbidden", "problem.readToken");
			return;
		}
		if (tokens.markUsed(stored.get(), request.getRemoteAddr())) {
			events.publishEvent(new SignInAttempted(account.get().id(), request.getRemoteAddr(), "token.used",
					stored.get().token().id().toString()));
		}
		ClientelePrincipal principal = new ClientelePrincipal(account.get().id(), account.get().login(),
				stored.get().token().createdAt(), stored.get().token().scope());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
