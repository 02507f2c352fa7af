package dev.clientele.customfield.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RoleManagement;
import dev.clientele.customfield.ChangeCustomField;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.CustomFieldUsage;
import dev.clientele.customfield.CustomValue;
import dev.clientele.customfield.DefineCustomField;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Ids;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CustomFieldService implements CustomFieldManagement {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private static final int MAX_OPTIONS = 200;

	private final CustomFieldRepository repository;

	private final List<CustomFieldUsage> usages;

	private final Clock clock;

	private final AccessManagement access;

	private final RoleManagement roles;

	CustomFieldService(CustomFieldRepository repository, List<CustomFieldUsage> usages, Clock clock,
			AccessManagement access, RoleManagement roles) {
		this.access = access;
		this.roles = roles;
		this.repository = repository;
		this.usages = usages;
		this.clock = clock;
	}

	@Override
	public List<CustomField> fields(FieldEntity entity, boolean includeArchived) {
		return repository.findByEntity(entity).stream().filter(f -> includeArchived || !f.archived()).toList();
	}

	@Override
	public Optional<CustomField> find(UUID id) {
		return repository.findById(id);
	}

	@Override
	@Transactional
	public CustomField define(DefineCustomField command) {
		access.current().require(Permission.CUSTOM_FIELD_ADMIN);
		Violations violations = new Violations();
		if (command.entity() == null) {
			violations.add("entity", "field.required");
		}
		if (command.key() == null || !KEY.matcher(command.key()).matches()) {
			violations.add("key", "customField.key");
		}
		else if (command.entity() != null && repository.keyExists(command.entity(), command.key())) {
			violations.add("key", "customField.keyTaken");
		}
		if (command.type() == null) {
			violations.add("type", "field.required");
		}
		if (command.unique() && command.type() != null && (command.type().hasOptions()
				|| command.type() == dev.clientele.customfield.CustomFieldType.BOOLEAN)) {
			violations.add("unique", "customField.uniqueType");
		}
		String label = checkLabel(command.label(), violations);
		List<String> options = checkOptions(command.type() != null && command.type().hasOptions(), command.options(),
				violations);
		violations.throwIfAny();
		CustomField field = new CustomField(Ids.newId(), command.entity(), command.key(), label, command.type(),
				command.required(), command.unique(), options, repository.nextPosition(command.entity()),
				clock.instant().truncatedTo(ChronoUnit.MICROS), null);
		repository.insert(field);
		if (!command.access().isEmpty()) {
			String prefix = field.entity() == FieldEntity.CONTACT ? "contact.customFields." : "customFields.";
			roles.setCustomFieldAccess(prefix + field.key(), command.access());
		}
		return field;
	}

	@Override
	@Transactional
	public CustomField change(UUID id, ChangeCustomField command) {
		access.current().require(Permission.CUSTOM_FIELD_ADMIN);
		CustomField field = repository.findById(id).orElseThrow(() -> new NotFoundException("Custom field"));
		Violations violations = new Violations();
		String label = checkLabel(command.label(), violations);
		List<String> options = checkOptions(field.type().hasOptions(), command.options(), violations);
		for (String kept : field.options()) {
			if (!options.contains(kept)) {
				violations.add("options", "customField.optionRemoved", kept);
			}
		}
		violations.throwIfAny();
		CustomField changed = new CustomField(field.id(), field.entity(), field.key(), label, field.type(),
				command.required(), field.unique(), options, field.position(), field.createdAt(), field.archivedAt());
		repository.update(changed);
		return changed;
	}

	@Override
	@Transactional
	public boolean remove(UUID id) {
		access.current().require(Permission.CUSTOM_FIELD_ADMIN);
		CustomField field = repository.findById(id).orElseThrow(() -> new NotFoundException("Custom field"));
		boolean inUse = usages.stream().anyMatch(usage -> usage.isInUse(field.entity(), field.key()));
		if (!inUse) {
			repository.delete(id);
			return true;
		}
		if (!field.archived()) {
			repository.update(withArchivedAt(field, clock.instant().truncatedTo(ChronoUnit.MICROS)));
		}
		return false;
	}

	@Override
	@Transactional
	public CustomField unarchive(UUID id) {
		access.current().require(Permission.CUSTOM_FIELD_ADMIN);
		CustomField field = repository.findById(id).orElseThrow(() -> new NotFoundException("Custom field"));
		CustomField active = withArchivedAt(field, null);
		repository.update(active);
		return active;
	}

	@Override
	public Map<String, CustomValue> check(FieldEntity entity, Map<String, Object> raw, Map<String, CustomValue> current,
			Violations violations) {
		return check(repository.findByEntity(entity), raw, current, violations);
	}

	@Override
	public Map<String, CustomValue> check(List<CustomField> fields, Map<String, Object> raw,
			Map<String, CustomValue> current, Violations violations) {
		Map<String, CustomField> byKey = new LinkedHashMap<>();
		fields.forEach(f -> byKey.put(f.key(), f));
		Map<String, CustomValue> values = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : raw.entrySet()) {
			String path = "customFields." + entry.getKey();
			CustomField field = byKey.get(entry.getKey());
			if (field == null) {
				violations.add(path, "field.unknown");
				continue;
			}
			Optional<CustomValue> value = CustomValueParser.parse(field, entry.getValue(), path, violations);
			if (field.archived() && !value.equals(Optional.ofNullable(current.get(field.key())))) {
				violations.add(path, "customField.archived");
				continue;
			}
			value.ifPresent(v -> values.put(field.key(), v));
		}
		for (CustomField field : byKey.values()) {
			if (field.required() && !field.archived() && !values.containsKey(field.key())
					&& !hasViolationAt(violations, "customFields." + field.key())) {
				violations.add("customFields." + field.key(), "field.required");
			}
		}
		return values;
	}

	private static boolean hasViolationAt(Violations violations, String path) {
		return violations.list().stream().anyMatch(v -> v.path().startsWith(path));
	}

	private static CustomField withArchivedAt(CustomField f, java.time.Instant archivedAt) {
		return new CustomField(f.id(), f.entity(), f.key(), f.label(), f.type(), f.required(), f.unique(), f.options(),
				f.position(), f.createdAt(), archivedAt);
	}

	private static String checkLabel(String label, Violations violations) {
		String value = label == null ? "" : label.strip();
		if (value.isEmpty()) {
			violations.add("label", "field.required");
		}
		else if (value.length() > 100) {
			violations.add("label", "field.tooLong", 100);
		}
		return value;
	}

	private static List<String> checkOptions(boolean needsOptions, List<String> options, Violations violations) {
		List<String> cleaned = options.stream().map(o -> o == null ? "" : o.strip()).toList();
		if (!needsOptions) {
			if (!cleaned.isEmpty()) {
				violations.add("options", "customField.noOptions");
			}
			return List.of();
		}
		if (cleaned.isEmpty()) {
			violations.add("options", "customField.optionsRequired");
		}
		if (cleaned.size() > MAX_OPTIONS) {
			violations.add("options", "field.tooMany", MAX_OPTIONS);
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < cleaned.size(); i++) {
			String option = cleaned.get(i);
			if (option.isEmpty() || option.length() > 100 || option.contains("\n") || option.contains("\r")) {
				violations.add("options[" + i + "]", "customField.optionInvalid");
			}
			else if (!seen.add(option)) {
				violations.add("options[" + i + "]", "customField.optionDuplicate");
			}
		}
		return cleaned;
	}

}
