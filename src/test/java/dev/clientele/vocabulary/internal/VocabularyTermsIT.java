package dev.clientele.vocabulary.internal;

import dev.clientele.shared.Violations;
import dev.clientele.support.DatabaseIT;
import dev.clientele.vocabulary.Vocabulary;
import dev.clientele.vocabulary.VocabularyEntry;
import dev.clientele.vocabulary.VocabularyManagement;
import dev.clientele.vocabulary.VocabularyRules;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vocabularies as the database holds them: those the migration ships and any an administrator added. */
class VocabularyTermsIT extends DatabaseIT {

	@Autowired
	VocabularyManagement vocabularies;

	@Test
	void everyCodeLabelAndSynonymNamesItsOwnEntryAndNoOther() {
		VocabularyRules rules = vocabularies.rules();
		SoftAssertions soft = new SoftAssertions();
		for (Vocabulary vocabulary : vocabularies.vocabularies().all()) {
			for (VocabularyEntry entry : vocabulary.entries()) {
				for (String term : VocabularyIndex.terms(entry)) {
					// a retired entry (tests retire their own) names itself only for a customer holding it
					String holding = entry.active() ? null : entry.code();
					soft.assertThat(rules.normalise(vocabulary.field(), term, holding, new Violations()))
						.as(vocabulary.field().key() + " " + term)
						.isEqualTo(entry.code());
				}
			}
		}
		soft.assertAll();
	}

}
