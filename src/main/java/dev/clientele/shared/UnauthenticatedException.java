package dev.clientele.shared;

/** Credentials were missing or wrong; answered the same whatever was wrong. */
public class UnauthenticatedException extends RuntimeException {

	public UnauthenticatedException() {
		super("Sign-in failed");
	}

}
