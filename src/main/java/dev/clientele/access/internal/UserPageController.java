package dev.clientele.access.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.clientele.access.DepartmentManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.RoleManagement;
import dev.clientele.access.User;
import dev.clientele.access.UserAccount;
import dev.clientele.access.UserManagement;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.web.Flash;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration: the list, creating and changing users, setting passwords, (de)activating. */
@PageController
class UserPageController {

	private final UserManagement users;

	private final RoleManagement roles;

	private final DepartmentManagement departments;

	private final MessageSource messages;

	UserPageController(UserManagement users, RoleManagement roles, DepartmentManagement departments,
			MessageSource messages) {
		this.users = users;
		this.roles = roles;
		this.departments = departments;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyCreationFields(WebDataBinder binder) {
		binder.setAllowedFields(UserForm.BINDABLE);
	}

	@InitBinder("change")
	void allowOnlyChangeableFields(WebDataBinder binder) {
		binder.setAllowedFields(UserForm.CHANGEABLE);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("accounts", users.accounts());
		model.addAttribute("departmentNames", DepartmentTree.of(departments.departments()).names());
		return "admin/users";
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		return form(null, new UserForm(), FormErrors.none(), model);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/users")
	String create(@ModelAttribute("form") UserForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			User user = users.create(form.toCreate());
			return Flash.redirect(redirect, "/admin/users", "flash.userCreated", user.login());
		}
		catch (InvalidInputException ex) {
			return form(null, form, FormErrors.of(ex.violations(), messages, locale), model);
		}
		catch (ConflictException ex) {
			return form(null, form, FormErrors.global(ex.code(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable String id, Model model) {
		UserAccount account = find(id);
		return form(account, UserForm.of(account), FormErrors.none(), model);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/users/{id}")
	String change(@PathVariable String id, @ModelAttribute("change") UserForm change, Model model, Locale locale,
			RedirectAttributes redirect) {
		UserAccount account = find(id);
		try {
			users.change(account.id(), change.toChange());
			return Flash.redirect(redirect, "/admin/users", "flash.userSaved", account.login());
		}
		catch (InvalidInputException ex) {
			return form(account, change, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/users/{id}/password")
	String setPassword(@PathVariable String id, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "false") boolean mustChangePassword, Model model, Locale locale,
			RedirectAttributes redirect) {
		UserAccount account = find(id);
		try {
			users.setPassword(account.id(), password, mustChangePassword);
			return Flash.redirect(redirect, "/admin/users", "flash.passwordSet", account.login());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("passwordErrors", FormErrors.of(ex.violations(), messages, locale));
			return form(account, UserForm.of(account), FormErrors.none(), model);
		}
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/users/{id}/deactivate")
	String deactivate(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
		UserAccount account = find(id);
		try {
			users.deactivate(account.id());
			return Flash.redirect(redirect, "/admin/users", "flash.userDeactivated", account.login());
		}
		catch (ConflictException ex) {
			return form(account, UserForm.of(account), FormErrors.global(ex.code(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/users/{id}/activate")
	String activate(@PathVariable String id, RedirectAttributes redirect) {
		UserAccount account = find(id);
		users.activate(account.id());
		return Flash.redirect(redirect, "/admin/users", "flash.userActivated", account.login());
	}

	private String form(UserAccount account, UserForm form, FormErrors errors, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("roles", roles.roles());
		model.addAttribute("departments", DepartmentTree.of(departments.departments()).nodes());
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(List.of(UserForm.BINDABLE)::contains));
		if (!model.containsAttribute("passwordErrors")) {
			model.addAttribute("passwordErrors", FormErrors.none());
		}
		return "admin/user-form";
	}


	private UserAccount find(String id) {
		UUID userId = Ids.parse(id).orElseThrow(() -> new NotFoundException("User"));
		return users.account(userId).orElseThrow(() -> new NotFoundException("User"));
	}

}
