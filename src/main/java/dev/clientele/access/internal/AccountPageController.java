package dev.clientele.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import dev.clientele.access.UserChanged;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The sign-in page, changing one's password and setting up the second factor. */
@PageController
class AccountPageController {

	private final UserManagement users;

	private final AccountStates states;

	private final AccountRepository accounts;

	private final SignIn signIn;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountPageController(UserManagement users, AccountStates states, AccountRepository accounts, SignIn signIn,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.states = states;
		this.accounts = accounts;
		this.signIn = signIn;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("required", current().mustChangePassword());
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			users.changeOwnPassword(currentPassword, newPassword);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex.violations(), messages, locale));
			model.addAttribute("required", current().mustChangePassword());
			return "account/password";
		}
		renewSession(request, response);
		return "redirect:/customers";
	}

	@GetMapping("/account/mfa")
	String mfaForm(Model model) {
		return mfaPage(model, Totp.newSecret(), FormErrors.none());
	}

	@PostMapping("/account/mfa")
	String enrol(@RequestParam String secret, @RequestParam(defaultValue = "") String code, Model model, Locale locale) {
		if (!secret.matches("[A-Z2-7]{32}") || !Totp.verify(secret, code, clock.instant())) {
			return mfaPage(model, secret.matches("[A-Z2-7]{32}") ? secret : Totp.newSecret(),
					FormErrors.of(List.of(dev.clientele.shared.Violation.of("code", "mfa.code")), messages, locale));
		}
		Account account = current();
		accounts.updateTotpSecret(account.id(), secret);
		events.publishEvent(new UserChanged(account.id(), "user.mfaEnabled"));
		return "redirect:/customers";
	}

	private String mfaPage(Model model, String secret, FormErrors errors) {
		Account account = current();
		model.addAttribute("secret", secret);
		model.addAttribute("uri", Totp.uri("Clientele", account.login(), secret));
		model.addAttribute("required", signIn.mfaRequired(account) && !account.hasSecondFactor());
		model.addAttribute("errors", errors);
		return "account/mfa";
	}

	/** After a password change every other session is void; this one carries on with a fresh sign-in time. */
	private void renewSession(HttpServletRequest request, HttpServletResponse response) {
		ClientelePrincipal old = AccessService.principal();
		ClientelePrincipal renewed = new ClientelePrincipal(old.userId(), old.login(), clock.instant().plusMillis(1), null);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"))));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		request.changeSessionId();
	}

	private Account current() {
		return states.account(users.currentActor()).orElseThrow();
	}

}
