package dev.clientele.access.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Role;

/**
 * The form that defines or changes a role. Field access comes as {@code fields[phones]=masked};
 * an empty value is the default (no entry).
 */
class RoleForm {

	static final String[] BINDABLE = { "key", "name", "scope", "permissions", "fields[*]" };

	static final String[] CHANGEABLE = { "name", "scope", "permissions", "fields[*]" };

	private String key;

	private String name;

	private String scope = DataScope.OWN.key();

	private List<String> permissions = new ArrayList<>();

	private Map<String, String> fields = new LinkedHashMap<>();

	static RoleForm of(Role role) {
		RoleForm form = new RoleForm();
		form.key = role.key();
		form.name = role.name();
		form.scope = role.scope().key();
		form.permissions = new ArrayList<>(role.permissions());
		role.fields().forEach((field, access) -> form.fields.put(field, access.key()));
		return form;
	}

	/**
	 * An unknown scope becomes {@code null}, which the façade reports; an unknown access level (only
	 * a forged form sends one) becomes hidden, the safe side.
	 */
	DefineRole toDefinition() {
		Map<String, FieldAccess> access = new LinkedHashMap<>();
		fields.forEach((field, level) -> {
			if (level != null && !level.isBlank()) {
				access.put(field, FieldAccess.fromKey(level).orElse(FieldAccess.HIDDEN));
			}
		});
		return new DefineRole(key, name, DataScope.fromKey(scope).orElse(null), Set.copyOf(permissions), access);
	}

	public boolean grants(String permission) {
		return permissions.contains(permission);
	}

	/** The access chosen for a field: a level's key, or empty for the default. */
	public String access(String field) {
		return fields.getOrDefault(field, "");
	}

	public String getKey() { return key; }
	public void setKey(String key) { this.key = key; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getScope() { return scope; }
	public void setScope(String scope) { this.scope = scope; }
	public List<String> getPermissions() { return permissions; }
	public void setPermissions(List<String> permissions) { this.permissions = permissions == null ? new ArrayList<>() : permissions; }
	public Map<String, String> getFields() { return fields; }
	public void setFields(Map<String, String> fields) { this.fields = fields == null ? new LinkedHashMap<>() : fields; }

}
