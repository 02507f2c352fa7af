package dev.clientele.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The façade for users: who they are, their departments and roles, their passwords. */
public interface UserManagement {

	/** The built-in user that acts for jobs. */
	UUID SYSTEM_USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

	/** The user with that id, active or not. */
	Optional<User> find(UUID id);

	/** The user with that login, active or not. */
	Optional<User> findByLogin(String login);

	/** The users with those ids, by id; unknown ids are absent from the map. */
	Map<UUID, User> findAll(Collection<UUID> ids);

	/** The active users by name, the built-in system user last. */
	List<User> activeUsers();

	/** Every user with department, roles and sign-in state, for administrators. */
	List<UserAccount> accounts();

	Optional<UserAccount> account(UUID id);

	/**
	 * Creates a user. Bad or taken logins, unknown roles or departments and passwords that break
	 * the policy are reported as violations; nobody may create a user holding a role they hold
	 * themselves with user administration.
	 */
	User create(CreateUser command);

	/** Changes name, email, department and roles; nobody can change their own roles. */
	UserAccount change(UUID id, ChangeUser command);

	/** Sets a password as an administrator; it is usable at once, and the UI asks for a change if {@code mustChange}. */
	void setPassword(UUID id, String password, boolean mustChange);

	/** Changes the current user's own password, given the current one; ends their other sessions. */
	void changeOwnPassword(String currentPassword, String newPassword);

	/** Deactivates a user: their sessions and tokens end at once. */
	UserAccount deactivate(UUID id);

	UserAccount activate(UUID id);

	/** The user on whose behalf the current request acts; the system user outside requests. */
	UUID currentActor();

}
