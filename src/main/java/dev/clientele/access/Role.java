package dev.clientele.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A role: permissions, a data scope and field access. Built-in roles have stable keys
 * ({@code system-admin}, {@code security-auditor}, {@code sales-manager}, {@code sales-rep},
 * {@code marketer}, {@code read-only}) and cannot be deleted.
 *
 * @param fields access per field; a field without an entry gets {@link #defaultFieldAccess()}
 */
public record Role(UUID id, String key, String name, boolean builtin, DataScope scope, Set<String> permissions,
		Map<String, FieldAccess> fields) {

	public Role {
		permissions = Set.copyOf(permissions);
		fields = Map.copyOf(fields);
	}

	/** Edit for roles that may update customers, read for the others. */
	public FieldAccess defaultFieldAccess() {
		return permissions.contains(Permission.CUSTOMER_UPDATE) ? FieldAccess.EDIT : FieldAccess.READ;
	}

}
