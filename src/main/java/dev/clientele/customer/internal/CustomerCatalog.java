package dev.clientele.customer.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.filter.FilterField;
import dev.clientele.filter.FilterFieldContributor;
import dev.clientele.filter.ValueType;
import org.springframework.stereotype.Component;

/**
 * The whitelist of customer fields that filters and sorts may name: standard columns, side
 * tables (tags, phones, emails), every custom field, and what other modules contribute.
 */
@Component
class CustomerCatalog {

	static final String ENTITY = "customer";

	private final CustomFieldManagement customFields;

	private final List<FilterFieldContributor> contributors;

	CustomerCatalog(CustomFieldManagement customFields, List<FilterFieldContributor> contributors) {
		this.customFields = customFields;
		this.contributors = contributors;
	}

	/** The fields by name, as of now (custom fields can be added at any time). */
	Map<String, FilterField> fields() {
		Map<String, FilterField> fields = new LinkedHashMap<>();
		add(fields, FilterField.column("kind", ValueType.TEXT, "c.kind"));
		add(fields, FilterField.column("name", ValueType.TEXT, "c.name"));
		for (String column : List.of("province", "city", "district", "address", "industry", "level", "source", "status",
				"notes")) {
			add(fields, FilterField.column(column, ValueType.TEXT, "c." + column));
		}
		add(fields, FilterField.column("ownerId", ValueType.ID, "c.owner_id").notSortable());
		add(fields, FilterField.column("createdAt", ValueType.INSTANT, "c.created_at"));
		add(fields, FilterField.column("updatedAt", ValueType.INSTANT, "c.updated_at"));
		add(fields, FilterField.column("deletedAt", ValueType.INSTANT, "c.deleted_at"));
		add(fields, FilterField.sideTable("tags", ValueType.TEXT, "customer_tags t where t.customer_id = c.id", "t.tag"));
		add(fields, FilterField.sideTable("phone", ValueType.TEXT, "customer_phones p where p.customer_id = c.id", "p.e164")
			.withNormalizer(text -> PhoneNumbers.e164(text).orElse(text)));
		add(fields, FilterField.sideTable("email", ValueType.TEXT, "customer_emails e where e.customer_id = c.id", "e.address")
			.withNormalizer(text -> text.strip().toLowerCase(Locale.ROOT)));
		for (CustomField field : customFields.fields(FieldEntity.CUSTOMER, true)) {
			add(fields, customField(field));
		}
		contributors.stream()
			.filter(contributor -> contributor.entity().equals(ENTITY))
			.flatMap(contributor -> contributor.fields().stream())
			.forEach(field -> add(fields, field));
		return fields;
	}

	private static FilterField customField(CustomField field) {
		String param = "cf_" + field.key();
		String side = "customer_field_values v where v.customer_id = c.id and v.field_key = :" + param;
		ValueType type = switch (field.type()) {
			case TEXT, SINGLE_SELECT, MULTI_SELECT -> ValueType.TEXT;
			case NUMBER -> ValueType.INTEGER;
			case DECIMAL -> ValueType.DECIMAL;
			case DATE -> ValueType.DATE;
			case BOOLEAN -> ValueType.BOOLEAN;
		};
		String column = switch (type) {
			case INTEGER, DECIMAL -> "v.number_value";
			case DATE -> "v.date_value";
			case BOOLEAN -> "v.bool_value";
			default -> "v.text_value";
		};
		boolean sortable = field.type() != CustomFieldType.MULTI_SELECT;
		return new FilterField("customFields." + field.key(), type, column, side, Map.of(param, field.key()), sortable,
				null);
	}

	/** The SQL expression to sort by a field: the column itself, or a scalar subquery for a custom field. */
	static String sortExpression(FilterField field) {
		if (field.sideTable() == null) {
			return field.column();
		}
		return "(select " + field.column() + " from " + field.sideTable() + ")";
	}

	/** Whether a sort field can be null; standard required columns cannot. */
	static boolean nullable(FilterField field) {
		return !List.of("kind", "name", "createdAt", "updatedAt").contains(field.name());
	}

	private static void add(Map<String, FilterField> fields, FilterField field) {
		fields.put(field.name(), field);
	}

}
