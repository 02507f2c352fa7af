package dev.clientele.customfield.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.clientele.customfield.ChangeCustomField;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.DefineCustomField;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Ids;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The custom field REST API: {@code /api/v1/custom-fields}. */
@RestController
@RequestMapping("/api/v1/custom-fields")
class CustomFieldApiController {

	private static final Set<String> DEFINE = Set.of("entity", "key", "label", "type", "required", "unique", "options",
			"access");

	private static final Set<String> CHANGE = Set.of("label", "required", "options");

	private static final Set<String> READ_ONLY = Set.of("id", "position", "createdAt", "archivedAt", "archived");

	private final CustomFieldManagement fields;

	CustomFieldApiController(CustomFieldManagement fields) {
		this.fields = fields;
	}

	@GetMapping
	List<CustomField> list(@RequestParam(defaultValue = "customer") String entity,
			@RequestParam(defaultValue = "false") boolean archived) {
		FieldEntity fieldEntity = FieldEntity.fromKey(entity)
			.orElseThrow(() -> InvalidInputException.of("entity", "customField.entity"));
		return fields.fields(fieldEntity, archived);
	}

	@GetMapping("/{id}")
	CustomField get(@PathVariable String id) {
		return fields.find(id(id)).orElseThrow(CustomFieldApiController::notFound);
	}

	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CustomField> define(@RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, DEFINE, READ_ONLY, violations);
		violations.throwIfAny();
		FieldEntity entity = FieldEntity.fromKey(JsonFields.text(body, "entity", violations)).orElse(null);
		if (entity == null && body.has("entity")) {
			violations.add("entity", "customField.entity");
		}
		String typeName = JsonFields.text(body, "type", violations);
		CustomFieldType type = CustomFieldType.fromKey(typeName).orElse(null);
		if (type == null && typeName != null) {
			violations.add("type", "customField.type");
		}
		DefineCustomField command = new DefineCustomField(entity, JsonFields.text(body, "key", violations),
				JsonFields.text(body, "label", violations), type, JsonFields.bool(body, "required", false, violations),
				JsonFields.bool(body, "unique", false, violations), JsonFields.strings(body, "options", violations),
				access(body, violations));
		CustomField field;
		try {
			field = fields.define(command);
		}
		catch (InvalidInputException ex) {
			// report the façade's findings beside ours, once per field
			Set<String> reported = new HashSet<>();
			violations.list().forEach(v -> reported.add(v.path()));
			ex.violations()
				.stream()
				.filter(v -> !reported.contains(v.path()))
				.forEach(v -> violations.add(v.path(), v.code(), v.args().toArray()));
			violations.throwIfAny();
			throw ex;
		}
		violations.throwIfAny();
		return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + field.id())).body(field);
	}

	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE })
	CustomField change(@PathVariable String id, @RequestBody JsonNode body) {
		CustomField current = fields.find(id(id)).orElseThrow(CustomFieldApiController::notFound);
		Violations violations = new Violations();
		JsonFields.checkNames(body, CHANGE, READ_ONLY, violations);
		violations.throwIfAny();
		String label = body.has("label") ? JsonFields.text(body, "label", violations) : current.label();
		boolean required = body.has("required") ? JsonFields.bool(body, "required", false, violations) : current.required();
		List<String> options = body.has("options") ? JsonFields.strings(body, "options", violations) : current.options();
		violations.throwIfAny();
		return fields.change(current.id(), new ChangeCustomField(label, required, options));
	}

	/** Deletes an unused field (204), or archives a field in use and answers it (200). */
	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	@DeleteMapping("/{id}")
	ResponseEntity<CustomField> remove(@PathVariable String id) {
		UUID fieldId = id(id);
		if (fields.remove(fieldId)) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.ok(fields.find(fieldId).orElseThrow(CustomFieldApiController::notFound));
	}

	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	@PostMapping("/{id}/unarchive")
	CustomField unarchive(@PathVariable String id) {
		return fields.unarchive(id(id));
	}





	/** {@code "access": {"<role key>": "hidden"|"masked"|"read"|"edit"}}. */
	private static java.util.Map<String, FieldAccess> access(JsonNode body, Violations violations) {
		java.util.Map<String, FieldAccess> access = new java.util.HashMap<>();
		JsonNode node = body.get("access");
		if (node == null || node.isNull()) {
			return access;
		}
		if (!node.isObject()) {
			violations.add("access", "json.object");
			return access;
		}
		node.properties().forEach(entry -> {
			FieldAccess level = entry.getValue().isString() ? FieldAccess.fromKey(entry.getValue().stringValue()).orElse(null)
					: null;
			if (level == null) {
				violations.add("access." + entry.getKey(), "role.fieldAccess");
			}
			else {
				access.put(entry.getKey(), level);
			}
		});
		return access;
	}

	private static UUID id(String text) {
		return Ids.parse(text).orElseThrow(CustomFieldApiController::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Custom field");
	}

}
