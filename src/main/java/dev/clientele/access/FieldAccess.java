package dev.clientele.access;

import java.util.Locale;
import java.util.Optional;

/** What a role may do with one field. Ordered from least to most permissive. */
public enum FieldAccess {

	/** The field is absent from everything the user receives. */
	HIDDEN,
	/** The field is shown partly: {@code 138****8000}, {@code z***@example.com}, an address cut to the district. */
	MASKED,
	/** The field is shown whole. */
	READ,
	/** The field is shown and may be changed. */
	EDIT;

	@com.fasterxml.jackson.annotation.JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the whole value may be seen (and so searched, filtered and sorted by). */
	public boolean readable() {
		return this == READ || this == EDIT;
	}

	public static Optional<FieldAccess> fromKey(String key) {
		for (FieldAccess access : values()) {
			if (access.key().equals(key)) {
				return Optional.of(access);
			}
		}
		return Optional.empty();
	}

	/** The more permissive of two. */
	public FieldAccess or(FieldAccess other) {
		return compareTo(other) >= 0 ? this : other;
	}

}
