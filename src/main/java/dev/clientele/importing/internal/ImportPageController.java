package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportManagement;
import dev.clientele.importing.ImportOptions;
import dev.clientele.importing.ImportStatus;
import dev.clientele.importing.MappingTemplate;
import dev.clientele.importing.UploadImport;
import dev.clientele.shared.ConflictException;
import dev.clientele.shared.Ids;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.shared.NotFoundException;
import dev.clientele.web.Flash;
import dev.clientele.web.FormErrors;
import dev.clientele.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: the user's recent imports and the upload; a draft's mapping and preview, its
 * options and templates; a started import's progress (polled) and result, and its revert.
 */
@PageController
class ImportPageController {

	private static final String LIST = "/imports";

	private static final int RECENT = 20;

	private final ImportManagement imports;

	private final ImportViews views;

	private final MessageSource messages;

	ImportPageController(ImportManagement imports, ImportViews views, MessageSource messages) {
		this.imports = imports;
		this.views = views;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowOnlyImportFields(WebDataBinder binder) {
		binder.setAllowedFields(ImportForm.BINDABLE);
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping(LIST)
	String list(Model model) {
		return list(new ImportForm(), FormErrors.none(), model);
	}

	/** Stores the file as a draft and shows its mapping; nothing is imported before the user starts it. */
	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping(LIST)
	String upload(@RequestParam(required = false) MultipartFile file, @ModelAttribute("form") ImportForm form,
			Model model, Locale locale) {
		try {
			return redirect(store(file, form).id());
		}
		catch (InvalidInputException ex) {
			return list(form, errors(ex, locale), model);
		}
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping(LIST + "/{id}")
	String show(@PathVariable String id, Model model, Locale locale) {
		ImportJob job = imports.find(id(id));
		if (job.status() == ImportStatus.DRAFT) {
			return views.draft(job, null, FormErrors.none(), model, locale);
		}
		views.job(job, model);
		return "imports/job";
	}

	/** The part of a started import's page that the page polls while the import waits or runs. */
	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping(LIST + "/{id}/progress")
	String progress(@PathVariable String id, Model model) {
		views.job(imports.find(id(id)), model);
		return "imports/job :: status";
	}

	/** Keeps the draft's options and mapping and shows the preview they give. */
	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping(LIST + "/{id}")
	String configure(@PathVariable String id, @ModelAttribute("form") ImportForm form, Model model, Locale locale) {
		UUID jobId = id(id);
		try {
			imports.configure(jobId, form.options());
			return redirect(jobId);
		}
		catch (InvalidInputException ex) {
			return views.draft(imports.find(jobId), form, errors(ex, locale), model, locale);
		}
	}

	/**
	 * Starts the draft with the options and mapping the form shows. A second click finds it
	 * started and shows its progress.
	 */
	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping(LIST + "/{id}/start")
	String start(@PathVariable String id, @ModelAttribute("form") ImportForm form, Model model, Locale locale) {
		UUID jobId = id(id);
		try {
			imports.configure(jobId, form.options());
			imports.start(jobId);
			return redirect(jobId);
		}
		catch (InvalidInputException ex) {
			return views.draft(imports.find(jobId), form, errors(ex, locale), model, locale);
		}
		catch (ConflictException ex) {
			return redirect(jobId);
		}
	}

	/** Keeps the form's mapping on the draft and saves it under a name for later files. */
	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping(LIST + "/{id}/templates")
	String saveTemplate(@PathVariable String id, @ModelAttribute("form") ImportForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		UUID jobId = id(id);
		try {
			ImportOptions options = form.options();
			imports.configure(jobId, options);
			MappingTemplate saved = imports.saveTemplate(form.getTemplateName(), options.mapping());
			return Flash.redirect(redirect, LIST + "/" + jobId, "flash.importTemplateSaved", saved.name());
		}
		catch (InvalidInputException ex) {
			return views.draft(imports.find(jobId), form, errors(ex, locale), model, locale);
		}
	}

	/** Maps the columns a saved template names as it says, keeps the others, and shows the preview. */
	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping(LIST + "/{id}/templates/apply")
	String applyTemplate(@PathVariable String id, @ModelAttribute("form") ImportForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		UUID jobId = id(id);
		try {
			MappingTemplate template = template(form.getTemplateId());
			form.apply(template);
			imports.configure(jobId, form.options());
			return Flash.redirect(redirect, LIST + "/" + jobId, "flash.importTemplateApplied", template.name());
		}
		catch (InvalidInputException ex) {
			return views.draft(imports.find(jobId), form, errors(ex, locale), model, locale);
		}
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping(LIST + "/{id}/revert")
	String revert(@PathVariable String id, RedirectAttributes redirect) {
		ImportJob reverting = imports.revert(id(id));
		return Flash.redirect(redirect, LIST + "/" + reverting.id(), "flash.importReverting", reverting.fileName());
	}

	private String list(ImportForm form, FormErrors errors, Model model) {
		model.addAttribute("jobs", imports.recent(RECENT));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", errors.elsewhere(List.of("file", "encoding", "mode", "match")::contains));
		return "imports/list";
	}

	private ImportJob store(MultipartFile file, ImportForm form) {
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			throw InvalidInputException.of("file", "field.required");
		}
		if (file.isEmpty()) {
			throw InvalidInputException.of("file", "import.file.empty");
		}
		ImportOptions options = form.options();
		try (InputStream content = file.getInputStream()) {
			return imports.upload(new UploadImport(file.getOriginalFilename(), content, options, false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private MappingTemplate template(String id) {
		return Ids.parse(id == null ? "" : id.strip())
			.flatMap(templateId -> imports.templates().stream().filter(t -> t.id().equals(templateId)).findFirst())
			.orElseThrow(() -> InvalidInputException.of("templateId", "field.required"));
	}

	private FormErrors errors(InvalidInputException ex, Locale locale) {
		return FormErrors.of(ex.violations(), messages, locale);
	}

	private static String redirect(UUID id) {
		return "redirect:" + LIST + "/" + id;
	}

	private static UUID id(String id) {
		return Ids.parse(id).orElseThrow(() -> new NotFoundException("Import"));
	}

}
