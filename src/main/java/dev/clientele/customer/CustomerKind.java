package dev.clientele.customer;

import java.util.Locale;
import java.util.Optional;

/** A customer is a company (which has contacts) or a person. */
public enum CustomerKind {

	COMPANY, PERSON;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<CustomerKind> fromKey(String key) {
		for (CustomerKind kind : values()) {
			if (kind.key().equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
