package dev.clientele.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every signed-in session request against the account as it is now: a deactivated user,
 * a password changed since sign-in, or a session older than 12 hours ends the session at once.
 * A user who must change their password or set up a second factor can do only that until done.
 */
@Component
class AccountStateFilter extends OncePerRequestFilter {

	static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

	private final AccountStates states;

	private final SignIn signIn;

	private final ProblemResponses problems;

	private final Clock clock;

	AccountStateFilter(AccountStates states, SignIn signIn, ProblemResponses problems, Clock clock) {
		this.states = states;
		this.signIn = signIn;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ClientelePrincipal principal = AccessService.principal();
		if (principal == null || principal.tokenScope() != null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Account> account = states.account(principal.userId());
		HttpSession session = request.getSession(false);
		boolean expired = session != null
				&& clock.millis() - session.getCreationTime() > ABSOLUTE_TIMEOUT.toMillis();
		boolean void_ = account.isEmpty() || !account.get().active() || expired
				|| (account.get().sessionsValidAfter() != null
						&& principal.authenticatedAt().isBefore(account.get().sessionsValidAfter()));
		if (void_) {
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			if (SecurityConfiguration.API.matches(request)) {
				problems.write(request, response, 401, "unauthorized", "problem.unauthorized");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		String pending = pendingStep(account.get());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (pending != null && !path.startsWith("/account/") && !path.equals("/logout")) {
			if (SecurityConfiguration.API.matches(request)) {
				problems.write(request, response, 403, "forbidden", "problem.accountSetup");
			}
			else {
				response.sendRedirect(request.getContextPath() + pending);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private String pendingStep(Account account) {
		if (account.mustChangePassword()) {
			return "/account/password";
		}
		if (!account.hasSecondFactor() && signIn.mfaRequired(account)) {
			return "/account/mfa";
		}
		return null;
	}

}
