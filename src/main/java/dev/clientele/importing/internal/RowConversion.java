package dev.clientele.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.clientele.customer.ContactInput;
import dev.clientele.customer.CustomerInput;
import dev.clientele.customer.EmailInput;
import dev.clientele.customer.PhoneInput;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.shared.Violation;

/**
 * Turns a file row into what the customer module checks: cells are trimmed, a cell of a
 * many-valued field (phones, emails, tags, multi-select) may hold several values separated by
 * commas, semicolons, slashes or 、, the kind is read from 公司/个人/company/person (and guessed
 * from a company-like name or a contact when there is no kind column), the owner from a login or a
 * user's name, and yes/no cells of boolean fields from 是/否, yes/no, 1/0. Each value remembers its
 * column, so that a rejected row's reasons name the column the user sees.
 */
final class RowConversion {

	private static final Pattern SEPARATORS = Pattern.compile("[,，;；/、|\\r\\n]+");

	private static final Pattern COMPANY_NAME = Pattern.compile(
			".*(公司|集团|厂|店|中心|研究院|研究所|事务所|银行|医院|学校|大学|协会|工作室|合作社|商行|(?i:co\\.?|ltd\\.?|inc\\.?|llc|gmbh|corp\\.?|limited|company))$");

	private final ColumnMapping mapping;

	private final List<String> header;

	private final Map<String, CustomField> customFields = new HashMap<>();

	private final Function<String, Optional<UUID>> owners;

	/**
	 * @param owners finds the active user a cell names (by login or by name)
	 */
	RowConversion(List<String> header, ColumnMapping mapping, List<CustomField> fields,
			Function<String, Optional<UUID>> owners) {
		this.header = List.copyOf(header);
		this.mapping = mapping;
		fields.forEach(field -> customFields.put("customFields." + field.key(), field));
		this.owners = owners;
	}

	/**
	 * A row ready to load, or the reasons it cannot be.
	 *
	 * @param contact the row's contact, or {@code null} when its contact cells are blank
	 * @param columns the column that fed each input path prefix ({@code phones[0]}, {@code name},
	 * {@code contacts[0].emails[1]} ...)
	 */
	record Converted(CustomerInput input, ContactInput contact, List<Violation> violations, Map<String, String> columns) {
	}

	Converted convert(SourceRow row) {
		Map<String, String> single = new HashMap<>();
		Map<String, List<String[]>> many = new HashMap<>();
		Map<String, String> columns = new LinkedHashMap<>();
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < row.cells().size(); i++) {
			Optional<TargetField> field = mapping.field(i);
			String cell = row.cells().get(i).strip();
			if (field.isEmpty() || cell.isEmpty()) {
				continue;
			}
			String name = field.get().name();
			if (field.get().multiValued()) {
				for (String value : SEPARATORS.split(cell)) {
					if (!value.isBlank()) {
						many.computeIfAbsent(name, k -> new ArrayList<>()).add(new String[] { value.strip(), header.get(i) });
					}
				}
			}
			else {
				single.put(name, cell);
				columns.put(name, header.get(i));
			}
		}
		List<PhoneInput> phones = values(many, "phones", "phones", columns).stream().map(v -> new PhoneInput(v, null)).toList();
		List<EmailInput> emails = values(many, "emails", "emails", columns).stream().map(v -> new EmailInput(v, null)).toList();
		List<String> tags = values(many, "tags", "tags", columns);
		String ownerId = null;
		if (single.containsKey("owner")) {
			Optional<UUID> owner = owners.apply(single.get("owner"));
			if (owner.isEmpty()) {
				violations.add(Violation.of("ownerId", "import.owner.unknown", single.get("owner")));
			}
			ownerId = owner.map(UUID::toString).orElse(null);
			columns.put("ownerId", columns.remove("owner"));
		}
		ContactInput contact = contact(single, many, columns);
		Map<String, Object> custom = new LinkedHashMap<>();
		customFields.forEach((path, definition) -> {
			Object value = customValue(definition, single.get(path), values(many, path, path, columns));
			if (value != null) {
				custom.put(definition.key(), value);
			}
		});
		String name = single.get("name");
		CustomerInput input = new CustomerInput(kind(single.get("kind"), name, contact), name, phones, emails,
				single.get("province"), single.get("city"), single.get("district"), single.get("address"),
				single.get("industry"), single.get("level"), single.get("source"), single.get("status"), ownerId, tags,
				single.get("notes"), custom);
		return new Converted(input, contact, violations, columns);
	}

	private static ContactInput contact(Map<String, String> single, Map<String, List<String[]>> many,
			Map<String, String> columns) {
		List<String> phones = values(many, "contact.phones", "contacts[0].phones", columns);
		List<String> emails = values(many, "contact.emails", "contacts[0].emails", columns);
		String name = single.get("contact.name");
		String title = single.get("contact.title");
		if (name == null && title == null && phones.isEmpty() && emails.isEmpty()) {
			return null;
		}
		if (name != null) {
			columns.put("contacts[0].name", columns.remove("contact.name"));
		}
		if (title != null) {
			columns.put("contacts[0].title", columns.remove("contact.title"));
		}
		return new ContactInput(name, title, phones.stream().map(p -> new PhoneInput(p, null)).toList(),
				emails.stream().map(e -> new EmailInput(e, null)).toList(), true, null, Map.of());
	}

	/** The values of a many-valued field, each remembering its column as {@code <path>[i]}. */
	private static List<String> values(Map<String, List<String[]>> many, String field, String path,
			Map<String, String> columns) {
		List<String[]> found = many.getOrDefault(field, List.of());
		List<String> values = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			values.add(found.get(i)[0]);
			columns.put(path + "[" + i + "]", found.get(i)[1]);
		}
		return values;
	}

	private static Object customValue(CustomField field, String single, List<String> many) {
		if (field.type() == CustomFieldType.MULTI_SELECT) {
			return many.isEmpty() ? null : many;
		}
		if (single == null) {
			return null;
		}
		if (field.type() == CustomFieldType.BOOLEAN) {
			return switch (single.toLowerCase(Locale.ROOT)) {
				case "是", "yes", "y", "true", "1", "√", "对" -> "true";
				case "否", "no", "n", "false", "0", "×", "不" -> "false";
				default -> single;
			};
		}
		return single;
	}

	private static String kind(String cell, String name, ContactInput contact) {
		if (cell != null) {
			String key = Text.key(cell);
			if (Set.of("公司", "企业", "单位", "机构", "company", "business", "organization", "organisation").contains(key)) {
				return "company";
			}
			if (Set.of("个人", "自然人", "person", "individual", "private").contains(key)) {
				return "person";
			}
			return cell;
		}
		boolean company = contact != null || (name != null && COMPANY_NAME.matcher(name.strip()).matches());
		return company ? "company" : "person";
	}

}
