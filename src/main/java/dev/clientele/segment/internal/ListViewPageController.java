package dev.clientele.segment.internal;

import java.util.Locale;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.UserManagement;
import dev.clientele.segment.ListView;
import dev.clientele.segment.ListViewManagement;
import dev.clientele.segment.SaveListView;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.web.Flash;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saved views on the customer list page: the menu (loaded by htmx into the list) that applies a
 * view, and the form that saves the list's current keyword, filter and sort.
 */
@PageController
class ListViewPageController {

	private final ListViewManagement views;

	private final UserManagement users;

	private final MessageSource messages;

	ListViewPageController(ListViewManagement views, UserManagement users, MessageSource messages) {
		this.views = views;
		this.users = users;
		this.messages = messages;
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@GetMapping("/views/menu")
	String menu(@RequestParam(required = false) String q, @RequestParam(required = false) String filter,
			@RequestParam(required = false) String sort, Model model) {
		model.addAttribute("views", views.list());
		model.addAttribute("me", users.currentActor());
		model.addAttribute("current", new ListView(null, null, null, null, false, blank(q), blank(filter), blank(sort), null,
				null));
		return "segments/views :: menu";
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@PostMapping("/views")
	String save(@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean shared,
			@RequestParam(required = false) String q, @RequestParam(required = false) String filter,
			@RequestParam(required = false) String sort, Locale locale, RedirectAttributes redirect) {
		ListView current = new ListView(null, null, null, null, false, blank(q), blank(filter), blank(sort), null, null);
		try {
			ListView saved = views.create(new SaveListView(name, shared, q, filter, sort));
			return Flash.redirect(redirect, saved.link(), "flash.viewSaved", saved.name());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("viewErrors", FormErrors.of(ex.violations(), messages, locale).elsewhere(path -> false));
			return "redirect:" + current.link();
		}
	}

	@RequiresPermission(Permission.CUSTOMER_READ)
	@PostMapping("/views/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		ListView view = views.get(ListViewApiController.id(id));
		views.delete(view.id());
		return Flash.redirect(redirect, "/customers", "flash.viewDeleted", view.name());
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
