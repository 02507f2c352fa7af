package dev.clientele.vocabulary.internal;

import dev.clientele.vocabulary.AddVocabularyEntry;
import dev.clientele.vocabulary.ChangeVocabularyEntry;
import dev.clientele.vocabulary.VocabularyEntry;
import dev.clientele.web.TextLines;

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
		return new AddVocabularyEntry(code, labelZh, labelEn, TextLines.of(synonyms));
	}

	ChangeVocabularyEntry toChange() {
		return new ChangeVocabularyEntry(labelZh == null ? "" : labelZh, labelEn == null ? "" : labelEn,
				TextLines.of(synonyms), null, null);
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
