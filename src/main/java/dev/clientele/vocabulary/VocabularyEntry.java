package dev.clientele.vocabulary;

import java.util.List;
import java.util.Locale;

/**
 * One entry of a vocabulary.
 *
 * @param code what customers store; it never changes
 * @param synonyms further ways of writing the entry, accepted and stored as the code
 * @param position the place in display order, from 1
 * @param active whether new values may name it; a retired entry stays on the customers holding it
 */
public record VocabularyEntry(String code, String labelZh, String labelEn, List<String> synonyms, int position,
		boolean active) {

	public VocabularyEntry {
		synonyms = List.copyOf(synonyms);
	}

	/** The label in the reader's language: Chinese for {@code zh}, English otherwise. */
	public String label(Locale locale) {
		return locale != null && locale.getLanguage().equals("zh") ? labelZh : labelEn;
	}

}
