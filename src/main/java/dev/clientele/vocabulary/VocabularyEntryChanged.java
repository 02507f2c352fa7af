package dev.clientele.vocabulary;

import java.util.List;
import java.util.UUID;

/**
 * Published when an administrator added or changed a vocabulary entry, in the change's
 * transaction.
 *
 * @param action {@code vocabulary.entryAdded}, {@code vocabulary.entryChanged},
 * {@code vocabulary.entryRetired} or {@code vocabulary.entryReactivated}
 * @param fields the parts that changed ({@code labelZh}, {@code synonyms}, {@code position} ...)
 */
public record VocabularyEntryChanged(UUID actorId, VocabularyField field, String code, String action,
		List<String> fields) {

	public VocabularyEntryChanged {
		fields = List.copyOf(fields);
	}

}
