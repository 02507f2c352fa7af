package dev.clientele.vocabulary;

import java.util.List;

/** Adds an entry at the end of a vocabulary. The code cannot change afterwards. */
public record AddVocabularyEntry(String code, String labelZh, String labelEn, List<String> synonyms) {

	public AddVocabularyEntry {
		synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
	}

}
