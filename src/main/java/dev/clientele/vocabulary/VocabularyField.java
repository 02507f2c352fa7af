package dev.clientele.vocabulary;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The customer fields whose values come from a vocabulary. The order is part of the messages:
 * they name the field with {@code {1,choice,0#level|1#industry|2#source}}.
 */
public enum VocabularyField {

	LEVEL(50), INDUSTRY(100), SOURCE(100);

	private final int maxLength;

	VocabularyField(int maxLength) {
		this.maxLength = maxLength;
	}

	/** The field's name in JSON, in paths and on customers. */
	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The longest code the customer column holds. */
	public int maxLength() {
		return maxLength;
	}

	public static Optional<VocabularyField> fromKey(String key) {
		for (VocabularyField field : values()) {
			if (field.key().equals(key)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

}
