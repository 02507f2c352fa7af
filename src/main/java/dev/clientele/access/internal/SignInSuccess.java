package dev.clientele.access.internal;

import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After signing in: back to the page asked for, or the customer list. */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	SignInSuccess() {
		setDefaultTargetUrl("/customers");
	}

}
