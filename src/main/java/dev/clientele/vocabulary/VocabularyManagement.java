package dev.clientele.vocabulary;

/** The façade of the vocabulary module. */
public interface VocabularyManagement {

	/** A field's vocabulary: every entry in display order, retired ones included. */
	Vocabulary vocabulary(VocabularyField field);

	/** All three vocabularies, read at once. */
	Vocabularies vocabularies();

	/** The rules of all three vocabularies as they stand now, read once (see {@link VocabularyRules}). */
	VocabularyRules rules();

	/**
	 * Adds an entry at the end of a vocabulary; needs {@code vocabulary:admin}. A code, label or
	 * synonym that already names another entry of the field (retired ones included) is refused,
	 * so that every value names at most one entry.
	 *
	 * @throws dev.clientele.shared.InvalidInputException naming {@code code}, {@code labelZh},
	 * {@code labelEn} or {@code synonyms[i]}
	 */
	VocabularyEntry add(VocabularyField field, AddVocabularyEntry command);

	/**
	 * Changes an entry's labels, synonyms, position or whether it is active; needs
	 * {@code vocabulary:admin}. The code never changes and no entry is ever deleted: customers
	 * keep the codes they hold.
	 *
	 * @throws dev.clientele.shared.NotFoundException if the field has no entry with that code
	 * @throws dev.clientele.shared.InvalidInputException as for {@link #add}, or naming
	 * {@code position} when it is outside 1 to the number of entries
	 */
	VocabularyEntry change(VocabularyField field, String code, ChangeVocabularyEntry command);

}
