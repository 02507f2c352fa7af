package dev.clientele.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The façade of the access module. */
public interface UserManagement {

	/** The built-in user that acts for jobs and for writes made before anyone signs in. */
	UUID SYSTEM_USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

	/** The user with that id, active or not. */
	Optional<User> find(UUID id);

	/** The users with those ids, by id; unknown ids are absent from the map. */
	Map<UUID, User> findAll(Collection<UUID> ids);

	/** The active users by name, the built-in system user last. */
	List<User> activeUsers();

	/** Creates a user; a login already taken is rejected with a violation on {@code login}. */
	User create(CreateUser command);

	/** The user on whose behalf the current request acts. */
	UUID currentActor();

}
