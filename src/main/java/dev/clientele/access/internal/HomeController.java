package dev.clientele.access.internal;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door, where sign-in leads: the first page the user's roles open. */
@PageController
class HomeController {

	private final AccessManagement access;

	HomeController(AccessManagement access) {
		this.access = access;
	}

	@GetMapping("/")
	String home() {
		Access current = access.current();
		if (current.can(Permission.CUSTOMER_READ)) {
			return "redirect:/customers";
		}
		if (current.can(Permission.USER_ADMIN)) {
			return "redirect:/admin/users";
		}
		if (current.can(Permission.AUDIT_READ)) {
			return "redirect:/audit";
		}
		if (current.can(Permission.CUSTOM_FIELD_ADMIN)) {
			return "redirect:/custom-fields";
		}
		return "redirect:/account/password";
	}

}
