package dev.clientele.shared;

import java.util.List;

/** Input was rejected before anything was written; lists every bad field at once. */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super("Invalid input: " + violations.stream().map(v -> v.path() + " " + v.code()).toList());
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("An invalid input needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public static InvalidInputException of(String path, String code, Object... args) {
		return new InvalidInputException(List.of(Violation.of(path, code, args)));
	}

	public List<Violation> violations() {
		return violations;
	}

}
