package dev.clientele.customfield;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.shared.Violations;

/** The façade of the custom field module. */
public interface CustomFieldManagement {

	/** The fields of an entity in display order; archived ones only if asked for. */
	List<CustomField> fields(FieldEntity entity, boolean includeArchived);

	Optional<CustomField> find(UUID id);

	/** Defines a field; bad or taken keys, labels, types and options are reported as violations. */
	CustomField define(DefineCustomField command);

	/** Changes label, required flag and options; removing an option is rejected. */
	CustomField change(UUID id, ChangeCustomField command);

	/**
	 * Removes a field: a field that holds values anywhere is archived (kept with its values,
	 * taking no new ones); an unused one is deleted.
	 *
	 * @return {@code true} if the field was deleted, {@code false} if it was archived
	 */
	boolean remove(UUID id);

	/** Brings an archived field back into use. */
	CustomField unarchive(UUID id);

	/**
	 * Checks raw input values (strings, numbers, booleans, lists, as JSON or a form gives
	 * them) against the entity's fields and returns the typed values. Unknown keys, type
	 * mismatches, unknown options, missing required values and new values on archived fields
	 * are added to {@code violations} under {@code customFields.<key>}.
	 *
	 * @param current the values the record holds now; an archived field may keep its value
	 */
	Map<String, CustomValue> check(FieldEntity entity, Map<String, Object> raw, Map<String, CustomValue> current,
			Violations violations);

	/**
	 * The same check against definitions the caller already holds (all fields of one entity,
	 * archived ones included), for batches that check many records.
	 */
	Map<String, CustomValue> check(List<CustomField> fields, Map<String, Object> raw, Map<String, CustomValue> current,
			Violations violations);

}
