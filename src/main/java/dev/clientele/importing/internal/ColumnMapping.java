package dev.clientele.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which customer field each column of a file feeds. Columns map automatically by their header:
 * standard fields by their Chinese and English names and synonyms, custom fields (of customers)
 * by label or key, compared case-, space- and width-insensitively; the export's ID, created,
 * updated and version columns are ignored. Anything else stays unmapped and is reported, never
 * guessed. A user mapping ({@code {"<header>": "<field>"}}, {@code null} or {@code ""} to ignore
 * a column) overrides the automatic one.
 */
final class ColumnMapping {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<String> header;

	/** Per column: the field it feeds, or empty when it is ignored or unmapped. */
	private final List<Optional<TargetField>> fields;

	private final List<String> ignored;

	private ColumnMapping(List<String> header, List<Optional<TargetField>> fields, List<String> ignored) {
		this.header = header;
		this.fields = fields;
		this.ignored = ignored;
	}

	static ColumnMapping automatic(List<String> header, List<CustomField> customFields) {
		return of(header, customFields, null);
	}

	/**
	 * @param userMapping JSON text {@code {"<header>": "<field>"}}, or {@code null} for none
	 * @throws dev.clientele.shared.InvalidInputException naming {@code mapping} when the text is
	 * not a JSON object of strings, {@code mapping.<header>} for a header not in the file
	 * ({@code import.mapping.unknownHeader}), a field that does not exist
	 * ({@code import.mapping.unknownField}) or a single-valued field fed by a second column
	 * ({@code import.mapping.fieldTwice}, naming the field and the first column's header)
	 */
	static ColumnMapping of(List<String> header, List<CustomField> customFields, String userMapping) {
		Map<String, TargetField> known = knownFields(customFields);
		Violations violations = new Violations();
		Map<String, String> chosen = userChoices(userMapping, header, known, violations);
		List<Optional<TargetField>> fields = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		for (String name : header) {
			String choice = chosen.get(Text.key(name));
			Optional<TargetField> field = choice == null ? automatic(name, customFields)
					: Optional.ofNullable(known.get(choice));
			boolean ignore = choice == null ? field.isEmpty() && HeaderSynonyms.isIgnored(name) : choice.isEmpty();
			if (ignore) {
				ignored.add(name);
			}
			fields.add(field);
		}
		checkFedOnce(header, fields, violations);
		violations.throwIfAny();
		return new ColumnMapping(List.copyOf(header), List.copyOf(fields), List.copyOf(ignored));
	}

	/** The field a column (counted from 0) feeds, if any. */
	Optional<TargetField> field(int column) {
		return column < fields.size() ? fields.get(column) : Optional.empty();
	}

	/** The headers of columns that are read into no field and were not deliberately ignored. */
	List<String> unmapped() {
		List<String> unmapped = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			if (fields.get(i).isEmpty() && !ignored.contains(header.get(i))) {
				unmapped.add(header.get(i));
			}
		}
		return unmapped;
	}

	/** The headers of columns deliberately left out. */
	List<String> ignored() {
		return ignored;
	}

	private static Optional<TargetField> automatic(String name, List<CustomField> customFields) {
		Optional<TargetField> standard = HeaderSynonyms.field(name);
		if (standard.isPresent()) {
			return standard;
		}
		String key = Text.key(name);
		return customFields.stream()
			.filter(field -> field.entity() == FieldEntity.CUSTOMER)
			.filter(field -> Text.key(field.label()).equals(key) || Text.key(field.key()).equals(key))
			.findFirst()
			.map(TargetField::custom);
	}

	private static Map<String, TargetField> knownFields(List<CustomField> customFields) {
		Map<String, TargetField> known = new HashMap<>();
		TargetField.STANDARD.forEach(field -> known.put(field.name(), field));
		customFields.stream()
			.filter(field -> field.entity() == FieldEntity.CUSTOMER)
			.map(TargetField::custom)
			.forEach(field -> known.put(field.name(), field));
		return known;
	}

	/** The user's choices by header key: a field name, or "" to ignore the column. */
	private static Map<String, String> userChoices(String json, List<String> header, Map<String, TargetField> known,
			Violations violations) {
		Map<String, String> choices = new LinkedHashMap<>();
		if (json == null || json.isBlank()) {
			return choices;
		}
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			violations.add("mapping", "import.mapping.invalid");
			return choices;
		}
		if (!root.isObject()) {
			violations.add("mapping", "import.mapping.invalid");
			return choices;
		}
		List<String> keys = header.stream().map(Text::key).toList();
		for (Map.Entry<String, JsonNode> entry : root.properties()) {
			String name = entry.getKey();
			JsonNode value = entry.getValue();
			String target = value.isNull() ? "" : value.isString() ? value.stringValue().strip() : null;
			if (!keys.contains(Text.key(name))) {
				violations.add("mapping." + name, "import.mapping.unknownHeader", name);
			}
			else if (target == null || !(target.isEmpty() || known.containsKey(target))) {
				violations.add("mapping." + name, "import.mapping.unknownField", target == null ? value.toString() : target);
			}
			else {
				choices.put(Text.key(name), target);
			}
		}
		return choices;
	}

	private static void checkFedOnce(List<String> header, List<Optional<TargetField>> fields, Violations violations) {
		Map<TargetField, String> first = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			Optional<TargetField> field = fields.get(i);
			if (field.isEmpty() || field.get().multiValued()) {
				continue;
			}
			String earlier = first.putIfAbsent(field.get(), header.get(i));
			if (earlier != null) {
				violations.add("mapping." + header.get(i), "import.mapping.fieldTwice", field.get().name(), earlier);
			}
		}
	}

}
