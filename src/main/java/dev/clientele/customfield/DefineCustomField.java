package dev.clientele.customfield;

import java.util.List;

/** Defines a new custom field. Key and type cannot change afterwards. */
public record DefineCustomField(FieldEntity entity, String key, String label, CustomFieldType type,
		boolean required, boolean unique, List<String> options) {

	public DefineCustomField {
		options = options == null ? List.of() : List.copyOf(options);
	}

}
