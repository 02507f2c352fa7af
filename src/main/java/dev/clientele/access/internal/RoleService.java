package dev.clientele.access.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.clientele.access.DefineRole;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.Role;
import dev.clientele.access.RoleManagement;
import dev.clientele.access.UserChanged;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class RoleService implements RoleManagement {

	private final RoleRepository roles;

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final AccessService access;

	RoleService(RoleRepository roles, AccountRepository accounts, ApplicationEventPublisher events, AccessService access) {
		this.access = access;
		this.roles = roles;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	public List<Role> roles() {
		access.current().require(Permission.USER_ADMIN);
		return roles.findAll();
	}

	@Override
	public Optional<Role> find(UUID id) {
		access.current().require(Permission.USER_ADMIN);
		return roles.findById(id);
	}

	@Override
	@Transactional
	public Role define(DefineRole command) {
		access.current().require(Permission.USER_ADMIN);
		Violations violations = new Violations();
		if (command.key() == null || !command.key().matches("[a-z][a-z0-9-]{1,63}")) {
			violations.add("key", "role.key");
		}
		else if (roles.findByKey(command.key()).isPresent()) {
			violations.add("key", "role.keyTaken");
		}
		check(command, violations);
		violations.throwIfAny();
		Role role = new Role(Ids.newId(), command.key(), command.name().strip(), false, command.scope(),
				command.permissions(), command.fields());
		roles.insert(role);
		events.publishEvent(new UserChanged(UserManagement.SYSTEM_USER, "role.created:" + role.key()));
		return role;
	}

	@Override
	@Transactional
	public Role change(UUID id, DefineRole command) {
		access.current().require(Permission.USER_ADMIN);
		Role current = roles.findById(id).orElseThrow(() -> new NotFoundException("Role"));
		Violations violations = new Violations();
		if (command.key() != null && !command.key().equals(current.key())) {
			violations.add("key", "field.readOnly");
		}
		check(command, violations);
		violations.throwIfAny();
		Role role = new Role(id, current.key(), command.name().strip(), current.builtin(), command.scope(),
				command.permissions(), command.fields());
		roles.update(role);
		events.publishEvent(new UserChanged(UserManagement.SYSTEM_USER, "role.changed:" + role.key()));
		return role;
	}

	@Override
	@Transactional
	public void delete(UUID id) {
		access.current().require(Permission.USER_ADMIN);
		Role role = roles.findById(id).orElseThrow(() -> new NotFoundException("Role"));
		if (role.builtin()) {
			throw new ConflictException("role.builtin", "Built-in roles cannot be deleted");
		}
		if (accounts.anyUserWithRole(id)) {
			throw new ConflictException("role.inUse", "The role is still held by users");
		}
		roles.delete(id);
		events.publishEvent(new UserChanged(UserManagement.SYSTEM_USER, "role.deleted:" + role.key()));
	}

	@Override
	@Transactional
	public void setCustomFieldAccess(String field, Map<String, FieldAccess> accessByRoleKey) {
		access.current().require(Permission.CUSTOM_FIELD_ADMIN);
		if (!field.matches("(contact\\.)?customFields\\.[a-z][a-z0-9_]{0,63}")) {
			throw dev.clientele.shared.InvalidInputException.of("field", "role.field.unknown", field);
		}
		Map<String, Role> byKey = new HashMap<>();
		roles.findAll().forEach(role -> byKey.put(role.key(), role));
		Violations violations = new Violations();
		accessByRoleKey.keySet()
			.stream()
			.filter(key -> !byKey.containsKey(key))
			.forEach(key -> violations.add("access." + key, "user.role.unknown", key));
		violations.throwIfAny();
		accessByRoleKey.forEach((key, level) -> {
			Role role = byKey.get(key);
			Map<String, FieldAccess> fields = new HashMap<>(role.fields());
			fields.put(field, level);
			roles.update(new Role(role.id(), role.key(), role.name(), role.builtin(), role.scope(), role.permissions(), fields));
		});
		events.publishEvent(new UserChanged(UserManagement.SYSTEM_USER, "role.fieldAccess:" + field));
	}

	private static void check(DefineRole command, Violations violations) {
		if (command.name() == null || command.name().isBlank() || command.name().length() > 100) {
			violations.add("name", "field.required");
		}
		if (command.scope() == null) {
			violations.add("scope", "role.scope");
		}
		for (String permission : command.permissions()) {
			if (!Permission.ALL.contains(permission)) {
				violations.add("permissions", "role.permission.unknown", permission);
			}
		}
		if (RoleRules.breaksSeparationOfDuties(command.permissions())) {
			violations.add("permissions", "role.separationOfDuties");
		}
		command.fields().keySet().stream()
			// a module's own fields carry its name: contact.phones, timeline.amount
			.filter(field -> !field.matches("([a-z]+\\.)?(customFields\\.)?[a-zA-Z][a-zA-Z0-9_]{0,63}"))
			.forEach(field -> violations.add("fields." + field, "role.field.unknown", field));
	}

}
