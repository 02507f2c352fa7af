package dev.clientele.access.internal;

import dev.clientele.access.Access;
import dev.clientele.access.AccessManagement;
import dev.clientele.web.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the current user may do as {@code access}, so that the layout shows only
 * the links their roles allow ({@code ${access.can('user:admin')}}).
 */
@ControllerAdvice(annotations = PageController.class)
class AccessModelAdvice {

	private final AccessManagement access;

	AccessModelAdvice(AccessManagement access) {
		this.access = access;
	}

	@ModelAttribute("access")
	Access access() {
		return access.current();
	}

}
