package dev.clientele.access;

import java.util.List;
import java.util.UUID;

/**
 * Creates a user with a unique login.
 *
 * @param roles role keys
 * @param password the initial password, or {@code null} for a user who cannot sign in (yet)
 */
public record CreateUser(String login, String name, String email, UUID departmentId, List<String> roles,
		String password) {

	public CreateUser {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

	/** A user without email, department, roles or password: an owner of customers that cannot sign in yet. */
	public CreateUser(String login, String name) {
		this(login, name, null, null, List.of(), null);
	}

}
