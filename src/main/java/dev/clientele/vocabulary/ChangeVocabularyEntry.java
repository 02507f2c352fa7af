package dev.clientele.vocabulary;

import java.util.List;

/**
 * Changes an entry; a {@code null} part stays as it is.
 *
 * @param position moves the entry to this place (1 is the first), the others close up
 * @param active {@code false} retires the entry, {@code true} takes it into use again
 */
public record ChangeVocabularyEntry(String labelZh, String labelEn, List<String> synonyms, Integer position,
		Boolean active) {

	public ChangeVocabularyEntry {
		synonyms = synonyms == null ? null : List.copyOf(synonyms);
	}

}
