package dev.clientele.access.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.clientele.access.Department;
import dev.clientele.access.DepartmentManagement;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
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

/** The department tree: adding a department under a parent, renaming or moving one, deleting an unused one. */
@PageController
class DepartmentPageController {

	private static final List<String> FIELDS = List.of("name", "parentId");

	private final DepartmentManagement departments;

	private final MessageSource messages;

	DepartmentPageController(DepartmentManagement departments, MessageSource messages) {
		this.departments = departments;
		this.messages = messages;
	}

	/** What the forms send back: a name and a parent id (empty for the top). */
	record Input(String name, String parentId) {

		UUID parent() {
			return parentId == null ? null : Ids.parse(parentId).orElse(null);
		}

	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/admin/departments")
	String list(Model model) {
		return list(new Input("", ""), FormErrors.none(), model);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/departments")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String parentId,
			Model model, Locale locale, RedirectAttributes redirect) {
		Input input = new Input(name, parentId);
		try {
			Department department = departments.create(name, input.parent());
			return Flash.redirect(redirect, "/admin/departments", "flash.departmentCreated", department.name());
		}
		catch (InvalidInputException ex) {
			return list(input, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@GetMapping("/admin/departments/{id}")
	String edit(@PathVariable String id, Model model) {
		Department department = find(id);
		return page(department, new Input(department.name(),
				department.parentId() == null ? "" : department.parentId().toString()), FormErrors.none(), model);
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/departments/{id}")
	String change(@PathVariable String id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String parentId, Model model, Locale locale, RedirectAttributes redirect) {
		Department department = find(id);
		Input input = new Input(name, parentId);
		try {
			Department changed = departments.change(department.id(), name, input.parent());
			return Flash.redirect(redirect, "/admin/departments", "flash.departmentSaved", changed.name());
		}
		catch (InvalidInputException ex) {
			return page(department, input, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.USER_ADMIN)
	@PostMapping("/admin/departments/{id}/delete")
	String delete(@PathVariable String id, Model model, Locale locale, RedirectAttributes redirect) {
		Department department = find(id);
		try {
			departments.delete(department.id());
			return Flash.redirect(redirect, "/admin/departments", "flash.departmentDeleted", department.name());
		}
		catch (ConflictException ex) {
			return list(new Input("", ""), FormErrors.global(ex.code(), messages, locale), model);
		}
	}

	private String list(Input input, FormErrors errors, Model model) {
		return page(null, input, errors, model);
	}

	private String page(Department department, Input input, FormErrors errors, Model model) {
		model.addAttribute("department", department);
		model.addAttribute("tree", DepartmentTree.of(departments.departments()).nodes());
		model.addAttribute("input", input);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(FIELDS::contains));
		return department == null ? "admin/departments" : "admin/department-form";
	}


	private Department find(String id) {
		UUID departmentId = Ids.parse(id).orElseThrow(() -> new NotFoundException("Department"));
		return departments.departments()
			.stream()
			.filter(d -> d.id().equals(departmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Department"));
	}

}
