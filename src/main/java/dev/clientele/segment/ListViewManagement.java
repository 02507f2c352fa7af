package dev.clientele.segment;

import java.util.List;
import java.util.UUID;

/**
 * Saved views of the customer list. Every user who can read customers saves their own; a shared
 * view is seen by every such user, and only its owner changes or deletes it. Every write is audited.
 */
public interface ListViewManagement {

	/** The current user's views and the shared ones, by name. */
	List<ListView> list();

	/**
	 * A view the current user sees.
	 *
	 * @throws dev.clientele.shared.NotFoundException if there is none, or it is another user's private view
	 */
	ListView get(UUID id);

	/**
	 * @throws dev.clientele.shared.InvalidInputException naming {@code name}, {@code filter...},
	 * {@code sort} or {@code keyword}, checked as the customer list checks them
	 */
	ListView create(SaveListView command);

	/** @throws dev.clientele.shared.ForbiddenException if the current user does not own the view */
	ListView update(UUID id, SaveListView command);

	/** @throws dev.clientele.shared.ForbiddenException if the current user does not own the view */
	void delete(UUID id);

}
