package dev.clientele.access.internal;

import java.util.Collection;

import dev.clientele.access.Permission;

/** Rules every role and every combination of roles keeps. */
final class RoleRules {

	private RoleRules() {
	}

	/** Administering users and reading the audit trail never go together, whoever holds them. */
	static boolean breaksSeparationOfDuties(Collection<String> permissions) {
		return permissions.contains(Permission.USER_ADMIN) && permissions.contains(Permission.AUDIT_READ);
	}

}
