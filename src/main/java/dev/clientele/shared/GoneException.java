package dev.clientele.shared;

/**
 * The thing asked for existed but is gone for good (a customer whose personal data was erased):
 * HTTP 410. A kind of {@link NotFoundException}, so that callers that only know "not there" still
 * treat it so.
 */
public class GoneException extends NotFoundException {

	private final String code;

	public GoneException(String what, String code) {
		super(what);
		this.code = code;
	}

	/** A message key saying why it is gone, resolved in the user's language at the edge. */
	public String code() {
		return code;
	}

}
