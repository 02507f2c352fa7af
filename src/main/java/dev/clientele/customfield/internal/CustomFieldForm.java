package dev.clientele.customfield.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.clientele.access.FieldAccess;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.Violations;
import dev.clientele.web.TextLines;

import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.DefineCustomField;
import dev.clientele.customfield.FieldEntity;

/**
 * The form that defines a custom field, and the one that changes it (label, required flag and
 * options to add). Options are typed one per line.
 */
class CustomFieldForm {

	static final String[] BINDABLE = { "entity", "key", "label", "type", "required", "unique", "options", "access[*]" };

	static final String[] CHANGEABLE = { "label", "required", "options" };

	private String entity = FieldEntity.CUSTOMER.key();

	private String key;

	private String label;

	private String type = CustomFieldType.TEXT.key();

	private boolean required;

	private boolean unique;

	private String options;

	/** Access per role key; blank keeps the role's default. */
	private Map<String, String> access = new LinkedHashMap<>();

	/**
	 * Unknown entity or type names become {@code null}, which the façade reports as missing.
	 *
	 * @throws InvalidInputException naming {@code access[<role>]} for an access level that does not exist
	 */
	DefineCustomField toDefinition() {
		Violations violations = new Violations();
		Map<String, FieldAccess> levels = new LinkedHashMap<>();
		access.forEach((role, level) -> {
			if (level != null && !level.isBlank()) {
				FieldAccess.fromKey(level)
					.ifPresentOrElse(found -> levels.put(role, found),
							() -> violations.add("access[" + role + "]", "customField.accessLevel"));
			}
		});
		violations.throwIfAny();
		return new DefineCustomField(FieldEntity.fromKey(entity).orElse(null), key, label,
				CustomFieldType.fromKey(type).orElse(null), required, unique, optionLines(), levels);
	}

	List<String> optionLines() {
		return TextLines.of(options);
	}

	public String getEntity() { return entity; }
	public void setEntity(String entity) { this.entity = entity; }
	public String getKey() { return key; }
	public void setKey(String key) { this.key = key; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public boolean isRequired() { return required; }
	public void setRequired(boolean required) { this.required = required; }
	public boolean isUnique() { return unique; }
	public void setUnique(boolean unique) { this.unique = unique; }
	public Map<String, String> getAccess() { return access; }
	public void setAccess(Map<String, String> access) { this.access = access; }
	public String getOptions() { return options; }
	public void setOptions(String options) { this.options = options; }

}
