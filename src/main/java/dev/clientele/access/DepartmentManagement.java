package dev.clientele.access;

import java.util.List;
import java.util.UUID;

/** The façade for the department tree. */
public interface DepartmentManagement {

	List<Department> departments();

	/** Adds a department under {@code parentId} (or at the top when null). */
	Department create(String name, UUID parentId);

	/** Renames or moves a department; a move under itself or its own descendants is rejected. */
	Department change(UUID id, String name, UUID parentId);

	/** Deletes a department without users or sub-departments. */
	void delete(UUID id);

}
