package dev.clientele.access.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.ChangeUser;
import dev.clientele.access.CreateUser;
import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.Department;
import dev.clientele.access.DepartmentManagement;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.Role;
import dev.clientele.access.RoleManagement;
import dev.clientele.access.User;
import dev.clientele.access.UserAccount;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.Ids;
import dev.clientele.shared.JsonFields;
import dev.clientele.shared.NotFoundException;
import dev.clientele.shared.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The REST API of users, roles, departments and the current user. */
@RestController
class AccessApiController {

	private static final Set<String> USER_FIELDS = Set.of("login", "name", "email", "department", "roles", "password",
			"mustChangePassword");

	private static final Set<String> USER_CHANGE = Set.of("name", "email", "department", "roles");

	private static final Set<String> READ_ONLY = Set.of("id", "active", "mfaEnabled", "mustChangePassword", "builtin");

	private final UserManagement users;

	private final RoleManagement roles;

	private final DepartmentManagement departments;

	private final AccessManagement access;

	AccessApiController(UserManagement users, RoleManagement roles, DepartmentManagement departments,
			AccessManagement access) {
		this.users = users;
		this.roles = roles;
		this.departments = departments;
		this.access = access;
	}

	/** The signed-in user and what they may do. */
	record Me(UUID id, String login, String name, List<String> permissions, DataScope scope) {
	}

	@GetMapping("/api/v1/me")
	Me me() {
		Access current = access.current();
		User user = users.find(current.userId()).orElseThrow(() -> new NotFoundException("User"));
		return new Me(user.id(), user.login(), user.name(), current.permissions().stream().sorted().toList(),
				current.scope());
	}

	@PostMapping("/api/v1/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeOwnPassword(@RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("currentPassword", "newPassword"), Set.of(), violations);
		violations.throwIfAny();
		users.changeOwnPassword(JsonFields.text(body, "currentPassword", violations),
				JsonFields.text(body, "newPassword", violations));
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/api/v1/users")
	List<UserAccount> users() {
		return users.accounts();
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/api/v1/users/{id}")
	UserAccount user(@PathVariable String id) {
		return users.account(id(id)).orElseThrow(() -> new NotFoundException("User"));
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping(path = "/api/v1/users", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<UserAccount> createUser(@RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, USER_FIELDS, Set.of("id", "active", "mfaEnabled", "builtin"), violations);
		violations.throwIfAny();
		CreateUser command = new CreateUser(JsonFields.text(body, "login", violations),
				JsonFields.text(body, "name", violations), JsonFields.text(body, "email", violations),
				JsonFields.id(body, "department", violations), JsonFields.strings(body, "roles", violations),
				JsonFields.text(body, "password", violations),
				JsonFields.bool(body, "mustChangePassword", false, violations));
		violations.throwIfAny();
		User user = users.create(command);
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(users.account(user.id()).orElseThrow());
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PatchMapping(path = "/api/v1/users/{id}", consumes = { "application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE })
	UserAccount changeUser(@PathVariable String id, @RequestBody JsonNode body) {
		UserAccount current = user(id);
		Violations violations = new Violations();
		JsonFields.checkNames(body, USER_CHANGE, READ_ONLY, violations);
		violations.throwIfAny();
		ChangeUser command = new ChangeUser(
				body.has("name") ? JsonFields.text(body, "name", violations) : current.name(),
				body.has("email") ? JsonFields.text(body, "email", violations) : current.email(),
				body.has("department") ? JsonFields.id(body, "department", violations) : current.departmentId(),
				body.has("roles") ? JsonFields.strings(body, "roles", violations) : current.roles());
		violations.throwIfAny();
		return users.change(current.id(), command);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PutMapping("/api/v1/users/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void setPassword(@PathVariable String id, @RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("password", "mustChange"), Set.of(), violations);
		violations.throwIfAny();
		users.setPassword(id(id), JsonFields.text(body, "password", violations),
				JsonFields.bool(body, "mustChange", true, violations));
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/api/v1/users/{id}/deactivate")
	UserAccount deactivate(@PathVariable String id) {
		return users.deactivate(id(id));
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/api/v1/users/{id}/activate")
	UserAccount activate(@PathVariable String id) {
		return users.activate(id(id));
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/api/v1/roles")
	List<Role> roles() {
		return roles.roles();
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/api/v1/roles/{id}")
	Role role(@PathVariable String id) {
		return roles.find(id(id)).orElseThrow(() -> new NotFoundException("Role"));
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping(path = "/api/v1/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Role> defineRole(@RequestBody JsonNode body) {
		Role role = roles.define(roleCommand(body, null));
		return ResponseEntity.created(URI.create("/api/v1/roles/" + role.id())).body(role);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PutMapping(path = "/api/v1/roles/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Role changeRole(@PathVariable String id, @RequestBody JsonNode body) {
		Role current = role(id);
		return roles.change(current.id(), roleCommand(body, current));
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@DeleteMapping("/api/v1/roles/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteRole(@PathVariable String id) {
		roles.delete(id(id));
	}

	@GetMapping("/api/v1/departments")
	List<Department> departments() {
		return departments.departments();
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping(path = "/api/v1/departments", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Department> createDepartment(@RequestBody JsonNode body) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("name", "parentId"), Set.of("id"), violations);
		violations.throwIfAny();
		Department department = departments.create(JsonFields.text(body, "name", violations),
				JsonFields.id(body, "parentId", violations));
		return ResponseEntity.created(URI.create("/api/v1/departments/" + department.id())).body(department);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PatchMapping(path = "/api/v1/departments/{id}", consumes = { "application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE })
	Department changeDepartment(@PathVariable String id, @RequestBody JsonNode body) {
		UUID departmentId = id(id);
		Department current = departments.departments()
			.stream()
			.filter(d -> d.id().equals(departmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Department"));
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("name", "parentId"), Set.of("id"), violations);
		violations.throwIfAny();
		String name = body.has("name") ? JsonFields.text(body, "name", violations) : current.name();
		UUID parent = body.has("parentId") ? JsonFields.id(body, "parentId", violations) : current.parentId();
		violations.throwIfAny();
		return departments.change(departmentId, name, parent);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@DeleteMapping("/api/v1/departments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteDepartment(@PathVariable String id) {
		departments.delete(id(id));
	}

	private static DefineRole roleCommand(JsonNode body, Role current) {
		Violations violations = new Violations();
		JsonFields.checkNames(body, Set.of("key", "name", "scope", "permissions", "fields"), READ_ONLY, violations);
		violations.throwIfAny();
		String scopeKey = JsonFields.text(body, "scope", violations);
		DataScope scope = scopeKey == null ? null : DataScope.fromKey(scopeKey).orElse(null);
		if (scopeKey != null && scope == null) {
			violations.add("scope", "role.scope");
		}
		Map<String, FieldAccess> fields = new HashMap<>();
		JsonNode fieldNode = body.get("fields");
		if (fieldNode != null && !fieldNode.isNull()) {
			if (!fieldNode.isObject()) {
				violations.add("fields", "json.object");
			}
			else {
				fieldNode.properties().forEach(entry -> {
					FieldAccess level = entry.getValue().isString()
							? FieldAccess.fromKey(entry.getValue().stringValue()).orElse(null) : null;
					if (level == null) {
						violations.add("fields." + entry.getKey(), "role.fieldAccess");
					}
					else {
						fields.put(entry.getKey(), level);
					}
				});
			}
		}
		DefineRole command = new DefineRole(current == null ? JsonFields.text(body, "key", violations)
				: body.has("key") ? JsonFields.text(body, "key", violations) : current.key(),
				JsonFields.text(body, "name", violations), scope,
				Set.copyOf(JsonFields.strings(body, "permissions", violations)), fields);
		violations.throwIfAny();
		return command;
	}

	private static UUID id(String text) {
		return Ids.parse(text).orElseThrow(() -> new NotFoundException("Not found"));
	}

}
