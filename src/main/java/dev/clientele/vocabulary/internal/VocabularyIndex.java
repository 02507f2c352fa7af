package dev.clientele.vocabulary.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.clientele.shared.Violations;
import dev.clientele.vocabulary.Vocabulary;
import dev.clientele.vocabulary.VocabularyEntry;
import dev.clientele.vocabulary.VocabularyField;
import dev.clientele.vocabulary.VocabularyRules;

/**
 * The vocabularies by term: every code, label and synonym of every entry, retired ones included,
 * under its {@link Terms#key}. Built once per read, so that a batch checks thousands of values
 * without normalising a synonym twice.
 */
final class VocabularyIndex implements VocabularyRules {

	/** How much of an unknown value a message repeats. */
	private static final int QUOTED = 50;

	private final Map<VocabularyField, Map<String, VocabularyEntry>> byTerm = new EnumMap<>(VocabularyField.class);

	VocabularyIndex(List<Vocabulary> vocabularies) {
		for (VocabularyField field : VocabularyField.values()) {
			byTerm.put(field, new HashMap<>());
		}
		for (Vocabulary vocabulary : vocabularies) {
			Map<String, VocabularyEntry> terms = byTerm.get(vocabulary.field());
			for (VocabularyEntry entry : vocabulary.entries()) {
				for (String term : terms(entry)) {
					terms.putIfAbsent(Terms.key(term), entry);
				}
			}
		}
	}

	/** The entry a value names, active or retired. */
	Optional<VocabularyEntry> find(VocabularyField field, String value) {
		String key = Terms.key(value);
		return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byTerm.get(field).get(key));
	}

	@Override
	public String normalise(VocabularyField field, String value, String current, Violations violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String typed = value.strip();
		if (typed.equals(current)) {
			// what the record holds stays as it is, so that an edit of another field changes nothing here
			return current;
		}
		Optional<VocabularyEntry> entry = find(field, typed);
		if (entry.isPresent() && (entry.get().active() || entry.get().code().equals(current))) {
			return entry.get().code();
		}
		String quoted = typed.length() > QUOTED ? typed.substring(0, QUOTED) + "…" : typed;
		violations.add(field.key(), entry.isPresent() ? "vocabulary.retired" : "vocabulary.unknown", quoted,
				field.ordinal());
		return null;
	}

	/** The code, labels and synonyms of an entry: every way of writing it. */
	static List<String> terms(VocabularyEntry entry) {
		List<String> terms = new ArrayList<>(List.of(entry.code(), entry.labelZh(), entry.labelEn()));
		terms.addAll(entry.synonyms());
		return terms;
	}

}
