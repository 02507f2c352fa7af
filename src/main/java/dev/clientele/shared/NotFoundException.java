package dev.clientele.shared;

/** The thing asked for does not exist, is deleted, or is outside what the caller may see. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
