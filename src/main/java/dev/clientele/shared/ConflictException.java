package dev.clientele.shared;

/** A write was based on a state that has changed since (a stale version) or breaks a uniqueness rule. */
public class ConflictException extends RuntimeException {

	private final String code;

	public ConflictException(String code, String message) {
		super(message);
		this.code = code;
	}

	/** The record is no longer at the version the write was based on. */
	public static ConflictException stale() {
		return new ConflictException("record.stale", "The record was changed by someone else; reload it and try again");
	}

	/** A message key describing the conflict, resolved in the user's language at the edge. */
	public String code() {
		return code;
	}

}
