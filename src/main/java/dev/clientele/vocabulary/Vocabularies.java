package dev.clientele.vocabulary;

import java.util.List;
import java.util.Locale;

/** The three vocabularies as read at one moment, e.g. to show the labels of a page of customers. */
public record Vocabularies(List<Vocabulary> all) {

	public Vocabularies {
		all = List.copyOf(all);
	}

	public Vocabulary of(VocabularyField field) {
		return all.stream()
			.filter(v -> v.field() == field)
			.findFirst()
			.orElseGet(() -> new Vocabulary(field, List.of()));
	}

	/** For templates: the vocabulary of a field named by its key ({@code level}). */
	public Vocabulary get(String fieldKey) {
		return of(VocabularyField.fromKey(fieldKey).orElseThrow());
	}

	/**
	 * The label of a stored value of a field with a vocabulary (see {@link Vocabulary#label}); the
	 * value of any other field as it is.
	 */
	public String label(String fieldKey, String value, Locale locale) {
		return VocabularyField.fromKey(fieldKey).map(field -> of(field).label(value, locale)).orElse(value);
	}

}
