package dev.clientele.access;

import java.util.List;
import java.util.UUID;

/** The façade other modules ask what the current user may do. */
public interface AccessManagement {

	/** The current request's access; {@link Access#system()} outside requests (jobs). */
	Access current();

	/** The access a user has through their roles now. */
	Access of(UUID userId);

	/** The access a single role gives (e.g. to shape a webhook's payload). */
	Access ofRole(UUID roleId);

	List<Role> roles();

	/**
	 * Runs background work (an import job) as a user: inside it, {@link #current()} is that user's
	 * access as it is now, so that a user who lost a permission or was deactivated meanwhile is
	 * refused like any request would be.
	 */
	<T> T runAs(UUID userId, java.util.function.Supplier<T> work);

}
