package dev.clientele.vocabulary.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.clientele.shared.Violations;
import dev.clientele.vocabulary.AddVocabularyEntry;
import dev.clientele.vocabulary.ChangeVocabularyEntry;
import dev.clientele.vocabulary.Vocabulary;
import dev.clientele.vocabulary.VocabularyEntry;

/**
 * What an administrator may write into a vocabulary: a code that fits the customer column and a
 * URL path, labels and synonyms of one line each, and no term (code, label or synonym) that
 * already names another entry of the field, retired ones included, so that every value a
 * customer is written with names at most one entry.
 */
final class EntryRules {

	static final int MAX_LABEL = 100;

	static final int MAX_SYNONYMS = 30;

	/** Characters a code may not hold: line breaks, and what a URL path would not carry as it is. */
	private static final Pattern CODE_REFUSED = Pattern.compile("[\\p{Cntrl}/\\\\;%?#]");

	private EntryRules() {
	}

	/** @throws dev.clientele.shared.InvalidInputException listing every bad part */
	static VocabularyEntry added(Vocabulary vocabulary, AddVocabularyEntry command) {
		Violations violations = new Violations();
		String code = code(command.code(), vocabulary.field().maxLength(), violations);
		boolean codeTaken = code != null && vocabulary.entry(code).isPresent();
		if (codeTaken) {
			violations.add("code", "vocabulary.codeTaken");
		}
		VocabularyEntry entry = new VocabularyEntry(code, label(command.labelZh(), "labelZh", violations),
				label(command.labelEn(), "labelEn", violations), synonyms(command.synonyms(), violations),
				vocabulary.entries().size() + 1, true);
		refuseTaken(vocabulary, null, codeTaken ? null : code, entry, command.synonyms(), violations);
		violations.throwIfAny();
		return entry;
	}

	/** @throws dev.clientele.shared.InvalidInputException listing every bad part */
	static VocabularyEntry changed(Vocabulary vocabulary, VocabularyEntry current, ChangeVocabularyEntry command) {
		Violations violations = new Violations();
		String labelZh = command.labelZh() == null ? current.labelZh() : label(command.labelZh(), "labelZh", violations);
		String labelEn = command.labelEn() == null ? current.labelEn() : label(command.labelEn(), "labelEn", violations);
		List<String> typed = command.synonyms() == null ? current.synonyms() : command.synonyms();
		List<String> synonyms = synonyms(typed, violations);
		int position = current.position();
		if (command.position() != null) {
			position = command.position();
			if (position < 1 || position > vocabulary.entries().size()) {
				violations.add("position", "vocabulary.position", vocabulary.entries().size());
			}
		}
		boolean active = command.active() == null ? current.active() : command.active();
		VocabularyEntry entry = new VocabularyEntry(current.code(), labelZh, labelEn, synonyms, position, active);
		refuseTaken(vocabulary, current.code(), null, entry, typed, violations);
		violations.throwIfAny();
		return entry;
	}

	private static String code(String text, int max, Violations violations) {
		String code = text == null ? "" : text.strip();
		if (code.isEmpty()) {
			violations.add("code", "field.required");
			return null;
		}
		if (code.length() > max || CODE_REFUSED.matcher(code).find() || Terms.key(code).isEmpty()) {
			violations.add("code", "vocabulary.code", max);
			return null;
		}
		return code;
	}

	private static String label(String text, String path, Violations violations) {
		String label = text == null ? "" : text.strip();
		if (label.isEmpty()) {
			violations.add(path, "field.required");
		}
		else if (label.length() > MAX_LABEL || label.lines().count() > 1) {
			violations.add(path, "vocabulary.label", MAX_LABEL);
		}
		return label;
	}

	/** The synonyms stripped, blank ones left out; the same term twice is kept once. */
	private static List<String> synonyms(List<String> typed, Violations violations) {
		if (typed.size() > MAX_SYNONYMS) {
			violations.add("synonyms", "field.tooMany", MAX_SYNONYMS);
			return List.of();
		}
		List<String> synonyms = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < typed.size(); i++) {
			String synonym = typed.get(i) == null ? "" : typed.get(i).strip();
			if (synonym.isEmpty()) {
				continue;
			}
			if (synonym.length() > MAX_LABEL || synonym.lines().count() > 1 || Terms.key(synonym).isEmpty()) {
				violations.add("synonyms[" + i + "]", "vocabulary.synonym", MAX_LABEL);
			}
			else if (seen.add(Terms.key(synonym))) {
				synonyms.add(synonym);
			}
		}
		return synonyms;
	}

	/**
	 * Reports each term of the entry that another entry of the field is written with already.
	 *
	 * @param self the code of the entry being changed, whose own terms are no conflict; {@code null} when adding
	 * @param newCode the code to check, or {@code null} when it is not new or already refused
	 */
	private static void refuseTaken(Vocabulary vocabulary, String self, String newCode, VocabularyEntry entry,
			List<String> typedSynonyms, Violations violations) {
		Map<String, String> taken = new HashMap<>();
		for (VocabularyEntry other : vocabulary.entries()) {
			if (!other.code().equals(self)) {
				VocabularyIndex.terms(other).forEach(term -> taken.putIfAbsent(Terms.key(term), other.code()));
			}
		}
		refuseTaken(taken, newCode, "code", violations);
		refuseTaken(taken, entry.labelZh(), "labelZh", violations);
		refuseTaken(taken, entry.labelEn(), "labelEn", violations);
		for (int i = 0; i < typedSynonyms.size(); i++) {
			refuseTaken(taken, typedSynonyms.get(i), "synonyms[" + i + "]", violations);
		}
	}

	private static void refuseTaken(Map<String, String> taken, String term, String path, Violations violations) {
		if (term == null || term.isBlank()) {
			return;
		}
		String owner = taken.get(Terms.key(term));
		if (owner != null) {
			violations.add(path, "vocabulary.termTaken", term.strip(), owner);
		}
	}

}
