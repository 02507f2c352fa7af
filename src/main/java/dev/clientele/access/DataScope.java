package dev.clientele.access;

import java.util.Locale;
import java.util.Optional;

/** Which customers a role sees: by their owner. Ordered from narrowest to widest. */
public enum DataScope {

	/** Customers the user owns. */
	OWN,
	/** Customers owned by anyone in the user's department. */
	DEPARTMENT,
	/** Customers owned by anyone in the user's department or the departments below it. */
	DEPARTMENT_TREE,
	/** Every customer. */
	ALL;

	@com.fasterxml.jackson.annotation.JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<DataScope> fromKey(String key) {
		for (DataScope scope : values()) {
			if (scope.key().equals(key)) {
				return Optional.of(scope);
			}
		}
		return Optional.empty();
	}

}
