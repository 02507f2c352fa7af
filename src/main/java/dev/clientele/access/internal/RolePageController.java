package dev.clientele.access.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.DataScope;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.FieldAccessContributor;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.access.Role;
import dev.clientele.access.RoleManagement;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Role administration: the roles with scope and permissions, defining, changing and deleting them. */
@PageController
class RolePageController {

	private final RoleManagement roles;

	private final List<FieldAccessContributor> contributors;

	private final MessageSource messages;

	RolePageController(RoleManagement roles, List<FieldAccessContributor> contributors,
			MessageSource messages) {
		this.roles = roles;
		this.contributors = contributors;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyDefinitionFields(WebDataBinder binder) {
		binder.setAllowedFields(RoleForm.BINDABLE);
	}

	@InitBinder("change")
	void allowOnlyChangeableFields(WebDataBinder binder) {
		binder.setAllowedFields(RoleForm.CHANGEABLE);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/admin/roles")
	String list(Model model) {
		return list(FormErrors.none(), model);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/admin/roles/new")
	String newRole(Model model) {
		return form(null, new RoleForm(), FormErrors.none(), model);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/roles")
	String define(@ModelAttribute("form") RoleForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			Role role = roles.define(form.toDefinition());
			return Flash.redirect(redirect, "/admin/roles", "flash.roleDefined", role.name());
		}
		catch (InvalidInputException ex) {
			return form(null, form, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/admin/roles/{id}")
	String edit(@PathVariable String id, Model model) {
		Role role = find(id);
		return form(role, RoleForm.of(role), FormErrors.none(), model);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/roles/{id}")
	String change(@PathVariable String id, @ModelAttribute("change") RoleForm change, Model model, Locale locale,
			RedirectAttributes redirect) {
		Role role = find(id);
		try {
			roles.change(role.id(), change.toDefinition());
			return Flash.redirect(redirect, "/admin/roles", "flash.roleSaved", change.getName());
		}
		catch (InvalidInputException ex) {
			change.setKey(role.key());
			return form(role, change, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/roles/{id}/delete")
	String delete(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
		Role role = find(id);
		try {
			roles.delete(role.id());
			return Flash.redirect(redirect, "/admin/roles", "flash.roleDeleted", role.name());
		}
		catch (ConflictException ex) {
			return list(FormErrors.global(ex.code(), messages, locale), model);
		}
	}

	private String list(FormErrors errors, Model model) {
		model.addAttribute("roles", roles.roles());
		model.addAttribute("permissions", Permission.ALL);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(path -> false));
		return "admin/roles";
	}

	private String form(Role role, RoleForm form, FormErrors errors, Model model) {
		model.addAttribute("role", role);
		model.addAttribute("form", form);
		model.addAttribute("scopes", DataScope.values());
		model.addAttribute("permissions", Permission.ALL);
		model.addAttribute("levels", FieldAccess.values());
		model.addAttribute("fieldNames", fieldNames(form));
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors",
				errors.elsewhere(path -> List.of("key", "name", "scope", "permissions").contains(path)
						|| path.startsWith("fields.")));
		return "admin/role-form";
	}

	/** Every field the modules name, then any the role names besides (so that saving keeps them). */
	private List<String> fieldNames(RoleForm form) {
		Set<String> names = new LinkedHashSet<>();
		contributors.forEach(contributor -> names.addAll(contributor.fields()));
		names.addAll(form.getFields().keySet());
		return new ArrayList<>(names);
	}


	private Role find(String id) {
		UUID roleId = Ids.parse(id).orElseThrow(() -> new NotFoundException("Role"));
		return roles.find(roleId).orElseThrow(() -> new NotFoundException("Role"));
	}

}
