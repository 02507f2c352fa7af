package dev.clientele.access.internal;

import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After signing in: back to the page asked for, or the first page the user's roles open. */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	SignInSuccess() {
		setDefaultTargetUrl("/");
	}

}
