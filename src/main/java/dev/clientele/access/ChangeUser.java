package dev.clientele.access;

import java.util.List;
import java.util.UUID;

/** Changes a user's name, email, department and roles (by key). */
public record ChangeUser(String name, String email, UUID departmentId, List<String> roles) {

	public ChangeUser {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

}
