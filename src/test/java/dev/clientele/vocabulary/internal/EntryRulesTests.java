package dev.clientele.vocabulary.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violation;
import dev.clientele.vocabulary.AddVocabularyEntry;
import dev.clientele.vocabulary.ChangeVocabularyEntry;
import dev.clientele.vocabulary.VocabularyEntry;
import org.junit.jupiter.api.Test;

class EntryRulesTests {

	@Test
	void aNewEntryGoesLastAndActiveWithItsPartsStrippedAndRepeatedSynonymsKeptOnce() {
		VocabularyEntry entry = EntryRules.added(VocabularyIndexTests.LEVELS,
				new AddVocabularyEntry(" S ", " 战略客户 ", "Strategic account", List.of("S级", " ", "s 级", "战略")));

		assertThat(entry).isEqualTo(new VocabularyEntry("S", "战略客户", "Strategic account", List.of("S级", "战略"), 4, true));
	}

	@Test
	void aTermThatAlreadyNamesAnotherEntryIsRefusedEvenIfThatEntryIsRetired() {
		assertThatThrownBy(() -> EntryRules.added(VocabularyIndexTests.LEVELS,
				new AddVocabularyEntry("S", "VIP客户", "key  account", List.of("战略", "e级", "ｖｉｐ"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations()).containsExactly(
					Violation.of("labelEn", "vocabulary.termTaken", "key  account", "A"),
					Violation.of("synonyms[1]", "vocabulary.termTaken", "e级", "E"),
					Violation.of("synonyms[2]", "vocabulary.termTaken", "ｖｉｐ", "A")));
	}

	@Test
	void aCodeMustFitTheCustomerColumnAndAUrlPathAndBeNew() {
		String tooLong = "L".repeat(51);
		for (String code : List.of(tooLong, "A/B", "50%", "、", "A\nB")) {
			assertThatThrownBy(() -> EntryRules.added(VocabularyIndexTests.LEVELS, new AddVocabularyEntry(code, "新", "New", null)))
				.as(code)
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.violations()).containsExactly(Violation.of("code", "vocabulary.code", 50)));
		}
		assertThatThrownBy(() -> EntryRules.added(VocabularyIndexTests.LEVELS,
				new AddVocabularyEntry("B", "新", "New", List.of("A级"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations()).containsExactly(
					Violation.of("code", "vocabulary.codeTaken"), Violation.of("synonyms[0]", "vocabulary.termTaken", "A级", "A")));
	}

	@Test
	void labelsAreRequiredAndSynonymsHaveALimit() {
		assertThatThrownBy(() -> EntryRules.added(VocabularyIndexTests.LEVELS,
				new AddVocabularyEntry("S", " ", null, java.util.Collections.nCopies(31, "x"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations()).containsExactly(
					Violation.of("labelZh", "field.required"), Violation.of("labelEn", "field.required"),
					Violation.of("synonyms", "field.tooMany", 30)));
	}

	@Test
	void aChangeKeepsWhatItLeavesOutAndMayRetireOrMoveTheEntry() {
		VocabularyEntry b = VocabularyIndexTests.LEVELS.entry("B").orElseThrow();

		VocabularyEntry changed = EntryRules.changed(VocabularyIndexTests.LEVELS, b,
				new ChangeVocabularyEntry(null, "Major account", null, 1, false));

		assertThat(changed).isEqualTo(new VocabularyEntry("B", "重要客户", "Major account", List.of("B级"), 1, false));
	}

	@Test
	void aChangeMayKeepItsOwnTermsButNotTakeAnotherEntrysOrAPlaceBeyondTheEnd() {
		VocabularyEntry b = VocabularyIndexTests.LEVELS.entry("B").orElseThrow();

		assertThat(EntryRules.changed(VocabularyIndexTests.LEVELS, b,
				new ChangeVocabularyEntry("重要客户", null, List.of("B级", "b类"), null, null)).synonyms())
			.containsExactly("B级", "b类");
		assertThatThrownBy(() -> EntryRules.changed(VocabularyIndexTests.LEVELS, b,
				new ChangeVocabularyEntry(null, null, null, 4, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
				.containsExactly(Violation.of("position", "vocabulary.position", 3)));
		assertThatThrownBy(() -> EntryRules.changed(VocabularyIndexTests.LEVELS, b,
				new ChangeVocabularyEntry(null, null, List.of("A级"), null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
				.containsExactly(Violation.of("synonyms[0]", "vocabulary.termTaken", "A级", "A")));
	}

}
