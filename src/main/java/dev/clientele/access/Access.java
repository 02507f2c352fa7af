package dev.clientele.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.shared.ForbiddenException;

/**
 * What the current user may do, combined over all their roles (the most permissive wins): the
 * permissions, whose customers they see, and what they may do with each field. Computed afresh
 * for every request, so that a revoked permission is gone on the next one.
 *
 * @param visibleOwners the users whose customers are in scope; {@code null} when every customer is
 * @param fields access per field name ({@code phones}, {@code customFields.vip},
 * {@code contact.phones} ...); fields without an entry get {@code defaultAccess}
 */
public record Access(UUID userId, Set<String> permissions, DataScope scope, Set<UUID> visibleOwners,
		Map<String, FieldAccess> fields, FieldAccess defaultAccess) {

	public Access {
		permissions = Set.copyOf(permissions);
		visibleOwners = visibleOwners == null ? null : Set.copyOf(visibleOwners);
		fields = Map.copyOf(fields);
	}

	/** The access of system jobs: everything. */
	public static Access system() {
		return new Access(UserManagement.SYSTEM_USER, Set.copyOf(Permission.ALL), DataScope.ALL, null, Map.of(),
				FieldAccess.EDIT);
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

	/** @throws ForbiddenException naming the permission if it is missing */
	public void require(String permission) {
		if (!can(permission)) {
			throw ForbiddenException.permission(permission);
		}
	}

	public FieldAccess field(String name) {
		return fields.getOrDefault(name, defaultAccess);
	}

	public boolean seesAllCustomers() {
		return visibleOwners == null;
	}

}
