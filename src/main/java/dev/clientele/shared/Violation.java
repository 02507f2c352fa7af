package dev.clientele.shared;

import java.util.List;

/**
 * One problem with one input field.
 *
 * @param path the JSON path of the field, e.g. {@code phones[0].number}
 * @param code a message key, resolved in the user's language at the edge
 * @param args arguments of the message
 */
public record Violation(String path, String code, List<Object> args) {

	public Violation {
		args = List.copyOf(args);
	}

	public static Violation of(String path, String code, Object... args) {
		return new Violation(path, code, List.of(args));
	}

}
