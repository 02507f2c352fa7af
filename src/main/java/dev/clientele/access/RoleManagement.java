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

	/**
	 * Sets the access of roles (by key) to one custom field, as its administrator does when defining
	 * it; roles left out keep the default (edit for roles that may update customers, read for the
	 * others). Needs {@code custom-field:admin}.
	 *
	 * @param field {@code customFields.<key>} or {@code contact.customFields.<key>}
	 */
	void setCustomFieldAccess(String field, java.util.Map<String, FieldAccess> accessByRoleKey);

}
