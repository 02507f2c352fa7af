package dev.clientele.access;

import java.util.Map;
import java.util.Set;

/** Defines or redefines a role. */
public record DefineRole(String key, String name, DataScope scope, Set<String> permissions,
		Map<String, FieldAccess> fields) {

	public DefineRole {
		permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
		fields = fields == null ? Map.of() : Map.copyOf(fields);
	}

}
