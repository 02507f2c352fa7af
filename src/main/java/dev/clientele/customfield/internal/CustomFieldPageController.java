package dev.clientele.customfield.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.clientele.customfield.ChangeCustomField;
import dev.clientele.customfield.CustomField;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.CustomFieldType;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import dev.clientele.access.AccessManagement;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Custom field administration: the fields per entity, defining, changing, removing and unarchiving them. */
@PageController
class CustomFieldPageController {

	private final CustomFieldManagement fields;

	private final MessageSource messages;

	private final AccessManagement access;

	CustomFieldPageController(CustomFieldManagement fields, MessageSource messages, AccessManagement access) {
		this.fields = fields;
		this.messages = messages;
		this.access = access;
	}

	@InitBinder("form")
	void allowOnlyDefinitionFields(WebDataBinder binder) {
		binder.setAllowedFields(CustomFieldForm.BINDABLE);
	}

	@InitBinder("change")
	void allowOnlyChangeableFields(WebDataBinder binder) {
		binder.setAllowedFields(CustomFieldForm.CHANGEABLE);
	}

	@GetMapping("/custom-fields")
	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	String list(Model model) {
		return list(new CustomFieldForm(), FormErrors.none(), model);
	}

	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	@PostMapping("/custom-fields")
	String define(@ModelAttribute("form") CustomFieldForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			CustomField field = fields.define(form.toDefinition());
			redirect.addFlashAttribute("flash", "flash.fieldDefined");
			redirect.addFlashAttribute("flashName", field.label());
			return "redirect:/custom-fields";
		}
		catch (InvalidInputException ex) {
			return list(form, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@GetMapping("/custom-fields/{id}/edit")
	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	String edit(@PathVariable String id, Model model) {
		CustomField field = find(id);
		CustomFieldForm change = new CustomFieldForm();
		change.setLabel(field.label());
		change.setRequired(field.required());
		return edit(field, change, FormErrors.none(), model);
	}

	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	@PostMapping("/custom-fields/{id}")
	String change(@PathVariable String id, @ModelAttribute("change") CustomFieldForm change, Model model, Locale locale,
			RedirectAttributes redirect) {
		CustomField field = find(id);
		List<String> options = new ArrayList<>(field.options());
		options.addAll(change.optionLines());
		try {
			fields.change(field.id(), new ChangeCustomField(change.getLabel(), change.isRequired(), options));
			redirect.addFlashAttribute("flash", "flash.fieldSaved");
			redirect.addFlashAttribute("flashName", change.getLabel());
			return "redirect:/custom-fields";
		}
		catch (InvalidInputException ex) {
			return edit(field, change, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	@PostMapping("/custom-fields/{id}/remove")
	String remove(@PathVariable String id, RedirectAttributes redirect) {
		CustomField field = find(id);
		boolean deleted = fields.remove(field.id());
		redirect.addFlashAttribute("flash", deleted ? "flash.fieldDeleted" : "flash.fieldArchived");
		redirect.addFlashAttribute("flashName", field.label());
		return "redirect:/custom-fields";
	}

	@RequiresPermission(Permission.CUSTOM_FIELD_ADMIN)
	@PostMapping("/custom-fields/{id}/unarchive")
	String unarchive(@PathVariable String id, RedirectAttributes redirect) {
		CustomField field = fields.unarchive(find(id).id());
		redirect.addFlashAttribute("flash", "flash.fieldUnarchived");
		redirect.addFlashAttribute("flashName", field.label());
		return "redirect:/custom-fields";
	}

	private String list(CustomFieldForm form, FormErrors errors, Model model) {
		Map<String, List<CustomField>> byEntity = new LinkedHashMap<>();
		for (FieldEntity entity : FieldEntity.values()) {
			byEntity.put(entity.key(), fields.fields(entity, true));
		}
		model.addAttribute("fieldsByEntity", byEntity);
		model.addAttribute("types", CustomFieldType.values());
		model.addAttribute("entities", FieldEntity.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors",
				errors.elsewhere(name -> List.of(CustomFieldForm.BINDABLE).contains(name) || name.startsWith("access[")));
		model.addAttribute("roles", access.roles());
		model.addAttribute("levels", FieldAccess.values());
		return "custom-fields/list";
	}

	private String edit(CustomField field, CustomFieldForm change, FormErrors errors, Model model) {
		model.addAttribute("field", field);
		model.addAttribute("change", change);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(List.of(CustomFieldForm.CHANGEABLE)::contains));
		return "custom-fields/edit";
	}

	private CustomField find(String id) {
		UUID fieldId = Ids.parse(id).orElseThrow(() -> new NotFoundException("Custom field"));
		return fields.find(fieldId).orElseThrow(() -> new NotFoundException("Custom field"));
	}

}
