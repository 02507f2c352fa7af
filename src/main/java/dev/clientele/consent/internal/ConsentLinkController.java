package dev.clientele.consent.internal;

import dev.clientele.consent.ConsentManagement;
import dev.clientele.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public pages behind links in emails; no sign-in, the signed token is the authority. A token
 * that is not valid answers 404 and records nothing.
 */
@PageController
class ConsentLinkController {

	private final ConsentManagement consents;

	ConsentLinkController(ConsentManagement consents) {
		this.consents = consents;
	}

	/** Asks to confirm; a mail client's one-click POST (RFC 8058) goes straight to {@link #unsubscribe}. */
	@GetMapping("/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!consents.isUnsubscribeToken(token)) {
			return invalid(response);
		}
		model.addAttribute("token", token);
		return "consent/unsubscribe";
	}

	/**
	 * Withdraws email consent at once: the page's button, or a mail client's one-click POST with the
	 * body {@code List-Unsubscribe=One-Click}. Answers 200 with a page, never a redirect.
	 */
	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, HttpServletResponse response) {
		if (!consents.unsubscribe(token)) {
			return invalid(response);
		}
		return "consent/unsubscribed";
	}

	/**
	 * The link of a double opt-in email asks to confirm: mail scanners that open links ahead of the
	 * reader must not grant consent on the reader's behalf.
	 */
	@GetMapping("/consents/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!consents.isOptInToken(token)) {
			return invalid(response);
		}
		model.addAttribute("token", token);
		return "consent/confirm";
	}

	/** The confirmation page's button: records email consent as granted. */
	@PostMapping("/consents/confirm/{token}")
	String confirm(@PathVariable String token, HttpServletResponse response) {
		if (consents.confirmOptIn(token).isEmpty()) {
			return invalid(response);
		}
		return "consent/confirmed";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "consent/link-invalid";
	}

}
