package dev.clientele.marketing;

import java.util.List;

/**
 * One question of a campaign's response form.
 *
 * @param key stable name of the answer, lower-case letters, digits and hyphens
 * @param choices the options of a {@code choice} question; empty for a {@code text} one
 */
public record Question(String key, String label, String type, List<String> choices, boolean required) {

	public static final String TEXT = "text";

	public static final String CHOICE = "choice";

	public Question {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

}
