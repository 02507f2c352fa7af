package dev.clientele.access.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.DataScope;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles with their permissions and field access. */
@Repository
class RoleRepository {

	private final JdbcClient jdbc;

	RoleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Role> findAll() {
		return assemble(jdbc.sql("select id, role_key, name, builtin, data_scope from roles order by builtin desc, role_key")
			.query((rs, n) -> new RoleRow(rs.getObject("id", UUID.class), rs.getString("role_key"), rs.getString("name"),
					rs.getBoolean("builtin"), DataScope.fromKey(rs.getString("data_scope")).orElseThrow()))
			.list());
	}

	List<Role> findByIds(Collection<UUID> ids) {
		Set<UUID> wanted = new HashSet<>(ids);
		return findAll().stream().filter(role -> wanted.contains(role.id())).toList();
	}

	Optional<Role> findById(UUID id) {
		return findAll().stream().filter(role -> role.id().equals(id)).findFirst();
	}

	Optional<Role> findByKey(String key) {
		return findAll().stream().filter(role -> role.key().equals(key)).findFirst();
	}

	void insert(Role role) {
		jdbc.sql("insert into roles (id, role_key, name, builtin, data_scope) values (?, ?, ?, ?, ?)")
			.params(role.id(), role.key(), role.name(), role.builtin(), role.scope().key())
			.update();
		writeGrants(role);
	}

	void update(Role role) {
		jdbc.sql("update roles set name = ?, data_scope = ? where id = ?")
			.params(role.name(), role.scope().key(), role.id())
			.update();
		jdbc.sql("delete from role_permissions where role_id = ?").param(role.id()).update();
		jdbc.sql("delete from role_field_access where role_id = ?").param(role.id()).update();
		writeGrants(role);
	}

	void delete(UUID id) {
		jdbc.sql("delete from role_permissions where role_id = ?").param(id).update();
		jdbc.sql("delete from role_field_access where role_id = ?").param(id).update();
		jdbc.sql("delete from roles where id = ?").param(id).update();
	}

	private void writeGrants(Role role) {
		for (String permission : role.permissions()) {
			jdbc.sql("insert into role_permissions (role_id, permission) values (?, ?)").params(role.id(), permission).update();
		}
		role.fields().forEach((field, access) -> jdbc
			.sql("insert into role_field_access (role_id, field, access) values (?, ?, ?)")
			.params(role.id(), field, access.key())
			.update());
	}

	private List<Role> assemble(List<RoleRow> rows) {
		Map<UUID, Set<String>> permissions = new HashMap<>();
		jdbc.sql("select role_id, permission from role_permissions")
			.query(rs -> {
				permissions.computeIfAbsent(rs.getObject("role_id", UUID.class), k -> new HashSet<>())
					.add(rs.getString("permission"));
			});
		Map<UUID, Map<String, FieldAccess>> fields = new HashMap<>();
		jdbc.sql("select role_id, field, access from role_field_access")
			.query(rs -> {
				fields.computeIfAbsent(rs.getObject("role_id", UUID.class), k -> new HashMap<>())
					.put(rs.getString("field"), FieldAccess.fromKey(rs.getString("access")).orElseThrow());
			});
		List<Role> roles = new ArrayList<>();
		for (RoleRow row : rows) {
			roles.add(new Role(row.id, row.key, row.name, row.builtin, row.scope, permissions.getOrDefault(row.id, Set.of()),
					fields.getOrDefault(row.id, Map.of())));
		}
		return roles;
	}

	private record RoleRow(UUID id, String key, String name, boolean builtin, DataScope scope) {
	}

}
