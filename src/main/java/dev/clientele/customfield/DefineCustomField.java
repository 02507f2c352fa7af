package dev.clientele.customfield;

import java.util.List;
import java.util.Map;

import dev.clientele.access.FieldAccess;

/**
 * Defines a new custom field. Key and type cannot change afterwards.
 *
 * @param access the field's access per role key; roles left out get edit if they may update
 * customers, read otherwise
 */
public record DefineCustomField(FieldEntity entity, String key, String label, CustomFieldType type, boolean required,
		boolean unique, List<String> options, Map<String, FieldAccess> access) {

	public DefineCustomField {
		options = options == null ? List.of() : List.copyOf(options);
		access = access == null ? Map.of() : Map.copyOf(access);
	}

	public DefineCustomField(FieldEntity entity, String key, String label, CustomFieldType type, boolean required,
			boolean unique, List<String> options) {
		this(entity, key, label, type, required, unique, options, Map.of());
	}

}
