package dev.clientele.vocabulary.internal;

import java.util.List;
import java.util.Locale;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.vocabulary.ChangeVocabularyEntry;
import dev.clientele.vocabulary.Vocabulary;
import dev.clientele.vocabulary.VocabularyEntry;
import dev.clientele.vocabulary.VocabularyField;
import dev.clientele.vocabulary.VocabularyManagement;
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

/**
 * Vocabulary administration: the entries of each field in order, adding one, changing its labels
 * and synonyms, moving it up or down, retiring it and taking it into use again.
 */
@PageController
class VocabularyPageController {

	private static final String ADMIN = "/admin/vocabularies";

	private final VocabularyManagement vocabularies;

	private final MessageSource messages;

	VocabularyPageController(VocabularyManagement vocabularies, MessageSource messages) {
		this.vocabularies = vocabularies;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyEntryFields(WebDataBinder binder) {
		binder.setAllowedFields(VocabularyEntryForm.BINDABLE);
	}

	@InitBinder("change")
	void allowOnlyChangeableFields(WebDataBinder binder) {
		binder.setAllowedFields(VocabularyEntryForm.CHANGEABLE);
	}

	@GetMapping(ADMIN)
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	String first() {
		return "redirect:" + ADMIN + "/" + VocabularyField.LEVEL.key();
	}

	@GetMapping(ADMIN + "/{field}")
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	String list(@PathVariable String field, Model model) {
		return list(field(field), new VocabularyEntryForm(), FormErrors.none(), model);
	}

	@PostMapping(ADMIN + "/{field}/entries")
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	String add(@PathVariable String field, @ModelAttribute("form") VocabularyEntryForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		VocabularyField vocabulary = field(field);
		try {
			VocabularyEntry entry = vocabularies.add(vocabulary, form.toAddition());
			return Flash.redirect(redirect, ADMIN + "/" + vocabulary.key(), "flash.vocabularyEntryAdded", entry.label(locale));
		}
		catch (InvalidInputException ex) {
			return list(vocabulary, form, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	@GetMapping(ADMIN + "/{field}/entries/{code}")
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	String edit(@PathVariable String field, @PathVariable String code, Model model) {
		VocabularyField vocabulary = field(field);
		VocabularyEntry entry = entry(vocabulary, code);
		return edit(vocabulary, entry, VocabularyEntryForm.of(entry), FormErrors.none(), model);
	}

	@PostMapping(ADMIN + "/{field}/entries/{code}")
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	String change(@PathVariable String field, @PathVariable String code,
			@ModelAttribute("change") VocabularyEntryForm change, Model model, Locale locale, RedirectAttributes redirect) {
		VocabularyField vocabulary = field(field);
		VocabularyEntry entry = entry(vocabulary, code);
		try {
			VocabularyEntry changed = vocabularies.change(vocabulary, entry.code(), change.toChange());
			return Flash.redirect(redirect, ADMIN + "/" + vocabulary.key(), "flash.vocabularyEntrySaved", changed.label(locale));
		}
		catch (InvalidInputException ex) {
			return edit(vocabulary, entry, change, FormErrors.of(ex.violations(), messages, locale), model);
		}
	}

	/** Moves an entry one place up or down ({@code to=up|down}); at either end it stays. */
	@PostMapping(ADMIN + "/{field}/entries/{code}/move")
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	String move(@PathVariable String field, @PathVariable String code, @RequestParam(defaultValue = "up") String to) {
		VocabularyField vocabulary = field(field);
		Vocabulary entries = vocabularies.vocabulary(vocabulary);
		VocabularyEntry entry = entries.entry(code).orElseThrow(VocabularyPageController::notFound);
		int position = entry.position() + (to.equals("down") ? 1 : -1);
		if (position >= 1 && position <= entries.entries().size()) {
			vocabularies.change(vocabulary, entry.code(), new ChangeVocabularyEntry(null, null, null, position, null));
		}
		return "redirect:" + ADMIN + "/" + vocabulary.key();
	}

	@PostMapping(ADMIN + "/{field}/entries/{code}/retire")
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	String retire(@PathVariable String field, @PathVariable String code, Locale locale, RedirectAttributes redirect) {
		return activate(field(field), code, false, "flash.vocabularyEntryRetired", locale, redirect);
	}

	@PostMapping(ADMIN + "/{field}/entries/{code}/reactivate")
	@RequiresPermission(Permission.VOCABULARY_ADMIN)
	String reactivate(@PathVariable String field, @PathVariable String code, Locale locale, RedirectAttributes redirect) {
		return activate(field(field), code, true, "flash.vocabularyEntryReactivated", locale, redirect);
	}

	private String activate(VocabularyField vocabulary, String code, boolean active, String flash, Locale locale,
			RedirectAttributes redirect) {
		VocabularyEntry entry = vocabularies.change(vocabulary, entry(vocabulary, code).code(),
				new ChangeVocabularyEntry(null, null, null, null, active));
		return Flash.redirect(redirect, ADMIN + "/" + vocabulary.key(), flash, entry.label(locale));
	}

	private String list(VocabularyField field, VocabularyEntryForm form, FormErrors errors, Model model) {
		model.addAttribute("fields", VocabularyField.values());
		model.addAttribute("vocabulary", vocabularies.vocabulary(field));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(List.of(VocabularyEntryForm.BINDABLE)::contains));
		return "admin/vocabularies";
	}

	private String edit(VocabularyField field, VocabularyEntry entry, VocabularyEntryForm change, FormErrors errors,
			Model model) {
		model.addAttribute("field", field);
		model.addAttribute("entry", entry);
		model.addAttribute("change", change);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(List.of(VocabularyEntryForm.CHANGEABLE)::contains));
		return "admin/vocabulary-entry";
	}

	private VocabularyEntry entry(VocabularyField field, String code) {
		return vocabularies.vocabulary(field).entry(code).orElseThrow(VocabularyPageController::notFound);
	}

	private static VocabularyField field(String key) {
		return VocabularyField.fromKey(key).orElseThrow(VocabularyPageController::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Vocabulary entry");
	}

}
