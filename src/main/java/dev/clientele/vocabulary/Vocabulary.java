package dev.clientele.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The entries of one field's vocabulary in display order, retired ones included. */
public record Vocabulary(VocabularyField field, List<VocabularyEntry> entries) {

	public Vocabulary {
		entries = List.copyOf(entries);
	}

	/** The entries that take new values. */
	public List<VocabularyEntry> active() {
		return entries.stream().filter(VocabularyEntry::active).toList();
	}

	public Optional<VocabularyEntry> entry(String code) {
		return entries.stream().filter(e -> e.code().equals(code)).findFirst();
	}

	/**
	 * The label of a stored value in the reader's language; a value no entry has (stored before
	 * the vocabulary, or masked) is shown as it is.
	 */
	public String label(String code, Locale locale) {
		if (code == null) {
			return null;
		}
		return entry(code).map(e -> e.label(locale)).orElse(code);
	}

}
