package dev.clientele.vocabulary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.clientele.shared.Violation;
import dev.clientele.shared.Violations;
import dev.clientele.vocabulary.Vocabulary;
import dev.clientele.vocabulary.VocabularyEntry;
import dev.clientele.vocabulary.VocabularyField;
import org.junit.jupiter.api.Test;

class VocabularyIndexTests {

	static final Vocabulary LEVELS = new Vocabulary(VocabularyField.LEVEL,
			List.of(new VocabularyEntry("A", "重点客户", "Key account", List.of("A级", "A类客户", "VIP"), 1, true),
					new VocabularyEntry("B", "重要客户", "Important account", List.of("B级"), 2, true),
					new VocabularyEntry("E", "淘汰客户", "Dropped account", List.of("E级"), 3, false)));

	static final Vocabulary INDUSTRIES = new Vocabulary(VocabularyField.INDUSTRY,
			List.of(new VocabularyEntry("制造业", "制造业", "Manufacturing", List.of("C", "制造"), 1, true),
					new VocabularyEntry("农、林、牧、渔业", "农、林、牧、渔业", "Agriculture, Forestry, Animal Husbandry and Fishery",
							List.of("A", "农业"), 2, true)));

	final VocabularyIndex index = new VocabularyIndex(List.of(LEVELS, INDUSTRIES));

	final Violations violations = new Violations();

	@Test
	void aCodeALabelOrASynonymInAnyCaseWidthOrSpacingIsStoredAsTheEntrysCode() {
		assertThat(normalise(VocabularyField.LEVEL, "A")).isEqualTo("A");
		assertThat(normalise(VocabularyField.LEVEL, "a")).isEqualTo("A");
		assertThat(normalise(VocabularyField.LEVEL, "Ａ")).isEqualTo("A");
		assertThat(normalise(VocabularyField.LEVEL, " A 级 ")).isEqualTo("A");
		assertThat(normalise(VocabularyField.LEVEL, "a类客户")).isEqualTo("A");
		assertThat(normalise(VocabularyField.LEVEL, "vip")).isEqualTo("A");
		assertThat(normalise(VocabularyField.LEVEL, "重点客户")).isEqualTo("A");
		assertThat(normalise(VocabularyField.LEVEL, "KEY ACCOUNT")).isEqualTo("A");
		assertThat(normalise(VocabularyField.INDUSTRY, "制造")).isEqualTo("制造业");
		assertThat(normalise(VocabularyField.INDUSTRY, "manufacturing")).isEqualTo("制造业");
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void punctuationDoesNotMatterSoTheSectionNamesMayBeWrittenWithoutTheirCommas() {
		assertThat(normalise(VocabularyField.INDUSTRY, "农林牧渔业")).isEqualTo("农、林、牧、渔业");
		assertThat(normalise(VocabularyField.INDUSTRY, "农，林，牧，渔业")).isEqualTo("农、林、牧、渔业");
		assertThat(normalise(VocabularyField.INDUSTRY, "Agriculture Forestry Animal Husbandry and Fishery"))
			.isEqualTo("农、林、牧、渔业");
	}

	@Test
	void eachFieldHasItsOwnTermsSoALetterNamesALevelInOneAndAnIndustrySectionInTheOther() {
		assertThat(normalise(VocabularyField.LEVEL, "A")).isEqualTo("A");
		assertThat(normalise(VocabularyField.INDUSTRY, "A")).isEqualTo("农、林、牧、渔业");
		assertThat(normalise(VocabularyField.INDUSTRY, "B")).isNull();
	}

	@Test
	void anUnknownValueIsRefusedAtTheFieldNamingTheValueAndWhichFieldItIs() {
		assertThat(normalise(VocabularyField.LEVEL, "A+")).isNull();
		assertThat(normalise(VocabularyField.SOURCE, "展会")).isNull();

		assertThat(violations.list()).containsExactly(Violation.of("level", "vocabulary.unknown", "A+", 0),
				Violation.of("source", "vocabulary.unknown", "展会", 2));
	}

	@Test
	void aRetiredEntryTakesNoNewCustomersButOneThatHoldsItKeepsIt() {
		assertThat(normalise(VocabularyField.LEVEL, "E级")).isNull();
		assertThat(violations.list()).containsExactly(Violation.of("level", "vocabulary.retired", "E级", 0));

		assertThat(index.normalise(VocabularyField.LEVEL, "E级", "E", violations)).isEqualTo("E");
		assertThat(index.normalise(VocabularyField.LEVEL, "E", "E", violations)).isEqualTo("E");
		assertThat(violations.list()).hasSize(1);
	}

	@Test
	void aValueStoredBeforeTheVocabularyIsKeptAsItIsButNotTakenAnew() {
		assertThat(index.normalise(VocabularyField.LEVEL, "金牌", "金牌", violations)).isEqualTo("金牌");
		assertThat(index.normalise(VocabularyField.LEVEL, " vip ", "vip", violations)).isEqualTo("vip");
		assertThat(index.normalise(VocabularyField.LEVEL, "VIP", "vip", violations)).isEqualTo("A");
		assertThat(index.normalise(VocabularyField.LEVEL, "银牌", "金牌", violations)).isNull();
		assertThat(violations.list()).extracting(Violation::code).containsExactly("vocabulary.unknown");
	}

	@Test
	void blankStaysEmptyBecauseTheFieldsAreOptional() {
		assertThat(normalise(VocabularyField.LEVEL, null)).isNull();
		assertThat(normalise(VocabularyField.LEVEL, " \u3000")).isNull();
		assertThat(violations.isEmpty()).isTrue();
	}

	@Test
	void punctuationAloneNamesNothing() {
		assertThat(normalise(VocabularyField.LEVEL, "、")).isNull();
		assertThat(violations.list()).extracting(Violation::code).containsExactly("vocabulary.unknown");
	}

	@Test
	void aLongUnknownValueIsQuotedShortened() {
		normalise(VocabularyField.SOURCE, "长".repeat(80));

		assertThat(violations.list().get(0).args().get(0)).isEqualTo("长".repeat(50) + "…");
	}

	private String normalise(VocabularyField field, String value) {
		return index.normalise(field, value, null, violations);
	}

}
