package dev.clientele.customfield;

import java.util.Locale;
import java.util.Optional;

/** The types a custom field can have. */
public enum CustomFieldType {

	TEXT, NUMBER, DECIMAL, DATE, SINGLE_SELECT, MULTI_SELECT, BOOLEAN;

	/** The name used in JSON and SQL, e.g. {@code single_select}. */
	@com.fasterxml.jackson.annotation.JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean hasOptions() {
		return this == SINGLE_SELECT || this == MULTI_SELECT;
	}

	public static Optional<CustomFieldType> fromKey(String key) {
		for (CustomFieldType type : values()) {
			if (type.key().equals(key)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
