package dev.clientele.access.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What the sign-in form sends beside login and password: the one-time code, and the client's address. */
class SignInDetails extends WebAuthenticationDetails {

	private final String oneTimeCode;

	SignInDetails(HttpServletRequest request) {
		super(request);
		this.oneTimeCode = request.getParameter("otp");
	}

	String oneTimeCode() {
		return oneTimeCode;
	}

	static class Source implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {

		@Override
		public SignInDetails buildDetails(HttpServletRequest request) {
			return new SignInDetails(request);
		}

	}

}
