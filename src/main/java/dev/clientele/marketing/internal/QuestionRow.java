package dev.clientele.marketing.internal;

import java.util.Arrays;
import java.util.List;

import dev.clientele.marketing.Question;

/** One row of the response form's group: choices comma-separated. */
public class QuestionRow {

	private String key;

	private String label;

	private String type = Question.TEXT;

	private String choices;

	private boolean required;

	static QuestionRow of(Question question) {
		QuestionRow row = new QuestionRow();
		row.key = question.key();
		row.label = question.label();
		row.type = question.type();
		row.choices = String.join(", ", question.choices());
		row.required = question.required();
		return row;
	}

	boolean blank() {
		return isBlank(key) && isBlank(label) && isBlank(choices);
	}

	Question question() {
		List<String> options = isBlank(choices) ? List.of()
				: Arrays.stream(choices.split("[,，]")).map(String::strip).filter(choice -> !choice.isEmpty()).toList();
		return new Question(isBlank(key) ? null : key.strip(), isBlank(label) ? null : label.strip(), type, options,
				required);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getChoices() {
		return choices;
	}

	public void setChoices(String choices) {
		this.choices = choices;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

}
