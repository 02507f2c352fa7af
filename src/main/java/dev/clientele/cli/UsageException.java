package dev.clientele.cli;

/** A command line that cannot be run as given: exit 2, nothing was sent to the server. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}

}
