package dev.clientele.access;

import java.util.List;
import java.util.UUID;

/**
 * Creates a user with a unique login.
 *
 * @param roles role keys
 * @param password the initial password, or {@code null} for a user who cannot sign in (yet)
 * @param mustChangePassword whether the user must choose a new password at the first sign-in
 */
public record CreateUser(String login, String name, String email, UUID departmentId, List<String> roles,
		String password, boolean mustChangePassword) {

	public CreateUser {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

	/** A user who may keep the initial password. */
	public CreateUser(String login, String name, String email, UUID departmentId, List<String> roles, String password) {
		this(login, name, email, departmentId, roles, password, false);
	}

	/** A user without email, department, roles or password: an owner of customers that cannot sign in yet. */
	public CreateUser(String login, String name) {
		this(login, name, null, null, List.of(), null);
	}

}
