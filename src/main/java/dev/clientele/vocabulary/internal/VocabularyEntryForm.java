package dev.clientele.vocabulary.internal;

import java.util.Arrays;
import java.util.List;

import dev.clientele.vocabulary.AddVocabularyEntry;
import dev.clientele.vocabulary.ChangeVocabularyEntry;
import dev.clientele.vocabulary.VocabularyEntry;

/** The form that adds a vocabulary entry, and the one that changes its labels and synonyms (one per line). */
class VocabularyEntryForm {

	static final String[] BINDABLE = { "code", "labelZh", "labelEn", "synonyms" };

	static final String[] CHANGEABLE = { "labelZh", "labelEn", "synonyms" };

	private String code;

	private String labelZh;

	private String labelEn;

	private String synonyms;

	static VocabularyEntryForm of(VocabularyEntry entry) {
		VocabularyEntryForm form = new VocabularyEntryForm();
		form.code = entry.code();
		form.labelZh = entry.labelZh();
		form.labelEn = entry.labelEn();
		form.synonyms = String.join("\n", entry.synonyms());
		return form;
	}

	AddVocabularyEntry toAddition() {
		return new AddVocabularyEntry(code, labelZh, labelEn, synonymLines());
	}

	ChangeVocabularyEntry toChange() {
		return new ChangeVocabularyEntry(labelZh == null ? "" : labelZh, labelEn == null ? "" : labelEn, synonymLines(),
				null, null);
	}

	/** The synonyms typed, one per line; blank lines are left out. */
	private List<String> synonymLines() {
		if (synonyms == null) {
			return List.of();
		}
		return Arrays.stream(synonyms.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getLabelZh() { return labelZh; }
	public void setLabelZh(String labelZh) { this.labelZh = labelZh; }
	public String getLabelEn() { return labelEn; }
	public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
	public String getSynonyms() { return synonyms; }
	public void setSynonyms(String synonyms) { this.synonyms = synonyms; }

}
