package dev.clientele.vocabulary;

import dev.clientele.shared.Violations;

/**
 * The vocabularies as read at one moment, to check and normalise the values of one record or of
 * a whole batch. A value names an entry by its code, either label or a synonym, in any case,
 * full- or half-width, with any spacing and punctuation ({@code A级}, {@code ａ}, {@code A类客户} →
 * {@code A}; {@code 制造}, {@code Manufacturing} → {@code 制造业}).
 */
@FunctionalInterface
public interface VocabularyRules {

	/**
	 * @param value the value as written
	 * @param current what the record holds now ({@code null} for a new one): a value equal to it is
	 * kept as it is, even when its entry is retired or it was stored before the vocabulary (and
	 * would name an entry now), so that writing a record back unchanged changes nothing
	 * @return {@code current} if the value is that, else the code of the entry the value names
	 * (a retired one only if the record holds it), or {@code null} for a blank value; {@code null}
	 * too after adding a violation at the field's key ({@code vocabulary.unknown}, or
	 * {@code vocabulary.retired} for a retired entry)
	 */
	String normalise(VocabularyField field, String value, String current, Violations violations);

}
