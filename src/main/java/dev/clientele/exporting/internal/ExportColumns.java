package dev.clientele.exporting.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dev.clientele.access.Access;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.User;
import dev.clientele.access.UserManagement;
import dev.clientele.customer.CustomerFacts;
import dev.clientele.customer.ExportedCustomer;
import dev.clientele.customfield.CustomField;
import dev.clientele.shared.Ids;
import dev.clientele.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The columns of a customer export for one reader: every standard field and custom field they
 * may see (hidden ones are left out, masked ones come masked), headed in their language, with the
 * labels of vocabulary codes in that language (a re-import reads them back as the codes).
 */
final class ExportColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private static final List<String> TEXTS = List.of("province", "city", "district", "address", "industry", "level",
			"source", "status");

	private final List<Column> columns = new ArrayList<>();

	private final Map<UUID, String> ownerNames = new HashMap<>();

	private final UserManagement users;

	private final MessageSource messages;

	private final Locale locale;

	private final Vocabularies vocabularies;

	/**
	 * @param facts what other modules keep about customers, as extra columns (none for exports as of an instant)
	 * @param vocabularies whose labels stand for the codes of industry, level and source
	 */
	ExportColumns(Access access, List<CustomField> customFields, List<CustomerFacts> facts, Vocabularies vocabularies,
			UserManagement users, MessageSource messages, Locale locale) {
		this.vocabularies = vocabularies;
		this.users = users;
		this.messages = messages;
		this.locale = locale;
		add("id", message("export.header.id"), row -> row.customer.id().toString());
		add("kind", label("kind"), row -> kind(row.fields.path("kind").asString("")));
		add("name", label("name"), row -> row.fields.path("name").asString(""));
		add("phones", label("phones"), row -> joined(row.fields.path("phones"), "number"));
		add("emails", label("emails"), row -> joined(row.fields.path("emails"), "address"));
		TEXTS.forEach(field -> add(field, label(field),
				row -> vocabularies.label(field, row.fields.path(field).asString(""), locale)));
		add("ownerId", label("ownerId"), this::owner);
		add("tags", label("tags"), row -> joined(row.fields.path("tags"), null));
		add("notes", label("notes"), row -> row.fields.path("notes").asString(""));
		for (CustomField field : customFields) {
			add("customFields." + field.key(), field.label(),
					row -> custom(row.fields.path("customFields").path(field.key())));
		}
		add("createdAt", message("export.header.createdAt"), row -> time(row.customer.createdAt()));
		add("updatedAt", message("export.header.updatedAt"), row -> time(row.customer.updatedAt()));
		add("version", message("export.header.version"), row -> String.valueOf(row.customer.version()));
		for (CustomerFacts source : facts) {
			for (String column : source.columns()) {
				add(column, message("export.header." + source.name() + "." + column),
						row -> row.facts.getOrDefault(source.name(), JSON.createObjectNode()).path(column).asString(""));
			}
		}
		columns.removeIf(column -> isHidden(access, column.field));
	}

	List<String> fields() {
		return columns.stream().map(Column::field).toList();
	}

	List<String> header() {
		return columns.stream().map(Column::header).toList();
	}

	/**
	 * One customer's cells as text.
	 *
	 * @param facts the customer's values from each {@link CustomerFacts} source, by its name
	 */
	List<String> cells(ExportedCustomer customer, Map<String, JsonNode> facts) {
		Row row = new Row(customer, JSON.readTree(customer.fields()), facts);
		List<String> cells = new ArrayList<>(columns.size());
		columns.forEach(column -> cells.add(column.value.apply(row)));
		return cells;
	}

	private static boolean isHidden(Access access, String field) {
		return !List.of("id", "createdAt", "updatedAt", "version").contains(field)
				&& access.field(field) == FieldAccess.HIDDEN;
	}

	private String owner(Row row) {
		if (row.customer.ownerName() != null) {
			return row.customer.ownerName();
		}
		String id = row.fields.path("ownerId").asString("");
		return Ids.parse(id)
			.map(owner -> ownerNames.computeIfAbsent(owner, key -> users.find(key).map(User::name).orElse(id)))
			.orElse("");
	}

	private String kind(String key) {
		return key.isEmpty() ? "" : messages.getMessage("customer.kind." + key, null, key, locale);
	}

	private static String joined(JsonNode array, String property) {
		List<String> items = new ArrayList<>();
		for (JsonNode item : array) {
			JsonNode value = property == null ? item : item.path(property);
			if (value.isString()) {
				items.add(value.stringValue());
			}
		}
		return String.join("; ", items);
	}

	private static String custom(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		return value.isArray() ? joined(value, null) : value.asString();
	}

	private static String time(Instant instant) {
		return instant == null ? "" : SECONDS.format(instant);
	}

	private String label(String field) {
		return message("customer.field." + field);
	}

	private String message(String code) {
		return messages.getMessage(code, null, code, locale);
	}

	private void add(String field, String header, Function<Row, String> value) {
		columns.add(new Column(field, header, value));
	}

	private record Column(String field, String header, Function<Row, String> value) {
	}

	private record Row(ExportedCustomer customer, JsonNode fields, Map<String, JsonNode> facts) {
	}

}
