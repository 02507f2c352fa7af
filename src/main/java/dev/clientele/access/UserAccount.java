package dev.clientele.access;

import java.util.List;
import java.util.UUID;

/** A user as administrators see one. */
public record UserAccount(UUID id, String login, String name, String email, UUID departmentId, boolean active,
		List<String> roles, boolean mfaEnabled, boolean mustChangePassword) {

	public UserAccount {
		roles = List.copyOf(roles);
	}

}
