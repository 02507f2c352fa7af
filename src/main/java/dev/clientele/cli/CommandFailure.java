package dev.clientele.cli;

/** The command could not do its work (server unreachable, token refused, file refused, import failed): exit 1. */
final class CommandFailure extends Exception {

	private static final long serialVersionUID = 1L;

	CommandFailure(String message) {
		super(message);
	}

	CommandFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
