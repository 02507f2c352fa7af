package dev.clientele.timeline.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.clientele.shared.Violations;
import dev.clientele.timeline.DefineKind;
import dev.clientele.timeline.EntryKind;
import dev.clientele.timeline.EntryKind.Attribute;
import dev.clientele.timeline.EntryKind.AttributeType;

/** What a kind an administrator adds must look like. */
final class KindRules {

	static final int MAX_LABEL = 100;

	static final int MAX_STATUSES = 20;

	static final int MAX_ATTRIBUTES = 30;

	static final int MAX_OPTIONS = 100;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private static final Pattern STATUS = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	private KindRules() {
	}

	/** The kind, or {@link dev.clientele.shared.InvalidInputException} naming every bad member. */
	static EntryKind check(DefineKind in) {
		Violations v = new Violations();
		String key = in.key() == null ? "" : in.key().strip();
		if (key.isEmpty()) {
			v.add("key", "field.required");
		}
		else if (!KEY.matcher(key).matches()) {
			v.add("key", "timeline.kindKeyInvalid");
		}
		else if (BuiltInKinds.isBuiltIn(key)) {
			v.add("key", "timeline.kindTaken", key);
		}
		String zh = label(in.labelZh(), "labelZh", v);
		String en = label(in.labelEn(), "labelEn", v);
		if (in.statuses().size() > MAX_STATUSES) {
			v.add("statuses", "field.tooMany", MAX_STATUSES);
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < in.statuses().size(); i++) {
			String status = in.statuses().get(i);
			if (status == null || !STATUS.matcher(status).matches()) {
				v.add("statuses[" + i + "]", "timeline.statusKeyInvalid");
			}
			else if (!seen.add(status)) {
				v.add("statuses[" + i + "]", "timeline.duplicate", status);
			}
		}
		if (in.attributes().size() > MAX_ATTRIBUTES) {
			v.add("attributes", "field.tooMany", MAX_ATTRIBUTES);
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < in.attributes().size(); i++) {
			attribute(in.attributes().get(i), "attributes[" + i + "].", keys, v);
		}
		v.throwIfAny();
		return new EntryKind(key, zh, en, in.money(), false, in.statuses(), in.attributes(), false);
	}

	private static void attribute(Attribute attribute, String path, Set<String> keys, Violations v) {
		if (attribute.key() == null || !ATTRIBUTE_KEY.matcher(attribute.key()).matches()) {
			v.add(path + "key", "timeline.attributeKeyInvalid");
		}
		else if (!keys.add(attribute.key())) {
			v.add(path + "key", "timeline.duplicate", attribute.key());
		}
		label(attribute.labelZh(), path + "labelZh", v);
		label(attribute.labelEn(), path + "labelEn", v);
		if (attribute.type() == null) {
			v.add(path + "type", "field.required");
		}
		List<String> options = attribute.options();
		if (attribute.type() == AttributeType.CHOICE && options.isEmpty()) {
			v.add(path + "options", "field.required");
		}
		if (attribute.type() != AttributeType.CHOICE && !options.isEmpty()) {
			v.add(path + "options", "timeline.optionsOnlyForChoice");
		}
		if (options.size() > MAX_OPTIONS) {
			v.add(path + "options", "field.tooMany", MAX_OPTIONS);
		}
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			if (option == null || option.isBlank() || option.length() > MAX_LABEL) {
				v.add(path + "options[" + i + "]", "field.tooLong", MAX_LABEL);
			}
		}
	}

	private static String label(String value, String path, Violations v) {
		if (value == null || value.isBlank()) {
			v.add(path, "field.required");
			return null;
		}
		String label = value.strip();
		if (label.length() > MAX_LABEL) {
			v.add(path, "field.tooLong", MAX_LABEL);
		}
		return label;
	}

}
