package dev.clientele.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.clientele.shared.Violation;
import org.springframework.context.MessageSource;

/**
 * The violations of a rejected form, as messages in the user's language by field path
 * ({@code name}, {@code phones[0].number}, {@code customFields.vip}), so that a template shows
 * each one next to its field.
 */
public final class FormErrors {

	private static final FormErrors NONE = new FormErrors(Map.of());

	private static final Pattern INDEX_SUFFIX = Pattern.compile("\\[\\d+]$");

	private final Map<String, List<String>> byPath;

	private FormErrors(Map<String, List<String>> byPath) {
		this.byPath = byPath;
	}

	public static FormErrors none() {
		return NONE;
	}

	/** Resolves each violation's code and arguments in the given locale. */
	public static FormErrors of(List<Violation> violations, MessageSource messages, Locale locale) {
		Map<String, List<String>> byPath = new LinkedHashMap<>();
		for (Violation violation : violations) {
			String text = messages.getMessage(violation.code(), violation.args().toArray(), violation.code(), locale);
			byPath.computeIfAbsent(violation.path(), path -> new ArrayList<>()).add(text);
		}
		return new FormErrors(byPath);
	}

	/** One message, not tied to a field (a conflict, say), shown above the form. */
	public static FormErrors global(String code, MessageSource messages, Locale locale) {
		return new FormErrors(Map.of("", List.of(messages.getMessage(code, null, code, locale))));
	}

	public boolean any() {
		return !byPath.isEmpty();
	}

	public boolean has(String path) {
		return !at(path).isEmpty();
	}

	/** The messages of a field, including those of its items ({@code tags} also shows {@code tags[2]}). */
	public List<String> at(String path) {
		List<String> found = new ArrayList<>();
		byPath.forEach((key, texts) -> {
			if (key.equals(path) || INDEX_SUFFIX.matcher(key).replaceFirst("").equals(path) && key.startsWith(path + "[")) {
				found.addAll(texts);
			}
		});
		return found;
	}

	/**
	 * The messages of a field and of every part inside it, each after the part's path (for a filter:
	 * {@code filter.and[1].value} shows as "and[1].value: …" at the {@code filter} field).
	 */
	public List<String> within(String path) {
		List<String> found = new ArrayList<>();
		byPath.forEach((key, texts) -> {
			if (key.equals(path)) {
				found.addAll(texts);
			}
			else if (key.startsWith(path + ".") || key.startsWith(path + "[")) {
				String part = key.substring(path.length() + (key.charAt(path.length()) == '.' ? 1 : 0));
				texts.forEach(text -> found.add(part + ": " + text));
			}
		});
		return found;
	}

	public boolean hasWithin(String path) {
		return !within(path).isEmpty();
	}

	/** The messages of the paths a form does not show at any field, so that none goes unseen. */
	public List<String> elsewhere(Predicate<String> shownAtField) {
		List<String> found = new ArrayList<>();
		byPath.forEach((key, texts) -> {
			if (!shownAtField.test(INDEX_SUFFIX.matcher(key).replaceFirst(""))) {
				found.addAll(texts);
			}
		});
		return found;
	}

}
