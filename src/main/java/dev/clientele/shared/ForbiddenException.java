package dev.clientele.shared;

import java.util.List;

/** The caller is known but may not do this: a missing permission, or a field it may not read or change. */
public class ForbiddenException extends RuntimeException {

	private final String code;

	private final List<String> fields;

	private ForbiddenException(String code, String message, List<String> fields) {
		super(message);
		this.code = code;
		this.fields = List.copyOf(fields);
	}

	public static ForbiddenException permission(String permission) {
		return new ForbiddenException("forbidden.permission", "Missing permission " + permission, List.of(permission));
	}

	/** Filtering, sorting or searching by fields the caller may not read. */
	public static ForbiddenException unreadable(List<String> fields) {
		return new ForbiddenException("forbidden.fieldRead", "Fields not readable: " + fields, fields);
	}

	/** Writing fields the caller may not edit. */
	public static ForbiddenException uneditable(List<String> fields) {
		return new ForbiddenException("forbidden.fieldEdit", "Fields not editable: " + fields, fields);
	}

	/** Changing something only its owner may change (a shared saved view, say). */
	public static ForbiddenException notOwner() {
		return new ForbiddenException("forbidden.notOwner", "Only the owner may change this", List.of());
	}

	public String code() {
		return code;
	}

	/** The permission or the fields concerned. */
	public List<String> fields() {
		return fields;
	}

}
