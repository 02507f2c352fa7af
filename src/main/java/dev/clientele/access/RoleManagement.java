package dev.clientele.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The façade for roles: permissions, data scope and field access, as data. */
public interface RoleManagement {

	List<Role> roles();

	Optional<Role> find(UUID id);

	/**
	 * Defines a role. Unknown permissions, bad keys and a role holding both user administration and
	 * the audit trail are rejected.
	 */
	Role define(DefineRole command);

	/** Redefines a role (a built-in role keeps its key). Takes effect on every holder's next request. */
	Role change(UUID id, DefineRole command);

	/** Deletes a custom role nobody holds. */
	void delete(UUID id);

	/** Sets one field's access on every role at once, e.g. when a custom field is created. */
	void setFieldAccess(String field, java.util.Map<UUID, FieldAccess> accessByRole);

}
