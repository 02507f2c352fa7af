package dev.clientele.importing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.clientele.customer.Customer;
import dev.clientele.customfield.CustomFieldManagement;
import dev.clientele.customfield.FieldEntity;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportManagement;
import dev.clientele.importing.ImportPreview;
import dev.clientele.shared.InvalidInputException;
import dev.clientele.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the import pages show, in the reader's language: the draft's mapping with each field's
 * label and the preview rows with their reasons; a started job's progress.
 */
@Component
class ImportViews {

	static final int PREVIEW_ROWS = 20;

	private final ImportManagement imports;

	private final CustomFieldManagement customFields;

	private final MessageSource messages;

	private final Clock clock;

	ImportViews(ImportManagement imports, CustomFieldManagement customFields, MessageSource messages, Clock clock) {
		this.imports = imports;
		this.customFields = customFields;
		this.messages = messages;
		this.clock = clock;
	}

	/** A field a column can feed, with its label. */
	record FieldChoice(String name, String label) {
	}

	/** A preview row: what would be stored, or why not. */
	record PreviewRow(long number, String result, Customer customer, List<String> cells, List<String> reasons) {
	}

	/**
	 * The draft page: the form (as posted, or else as stored), the preview of the stored options
	 * and the user's templates. A preview the file or the mapping no longer allows shows why.
	 */
	String draft(ImportJob job, ImportForm posted, FormErrors errors, Model model, Locale locale) {
		ImportPreview preview = null;
		FormErrors shown = errors;
		try {
			preview = imports.preview(job.id(), PREVIEW_ROWS);
		}
		catch (InvalidInputException ex) {
			if (!errors.any()) {
				shown = FormErrors.of(ex.violations(), messages, locale);
			}
		}
		ImportForm form = posted != null ? posted : ImportForm.of(job.options(), preview);
		model.addAttribute("job", job);
		model.addAttribute("form", form);
		model.addAttribute("fields", preview == null ? List.of() : choices(preview.fields(), locale));
		model.addAttribute("unmapped", preview == null ? List.of() : preview.unmapped());
		model.addAttribute("rows", preview == null ? List.of() : rows(preview, locale));
		model.addAttribute("templates", imports.templates());
		model.addAttribute("errors", shown);
		model.addAttribute("otherErrors", shown.elsewhere(path -> shownAtField(path, form)));
		return "imports/draft";
	}

	/** A started job: its progress, or its result once it has finished. */
	void job(ImportJob job, Model model) {
		model.addAttribute("progress", ImportProgress.of(job, clock.instant()));
	}

	private List<FieldChoice> choices(List<String> names, Locale locale) {
		Map<String, String> custom = new LinkedHashMap<>();
		customFields.fields(FieldEntity.CUSTOMER, true)
			.forEach(field -> custom.put(TargetField.custom(field).name(), field.label()));
		List<FieldChoice> choices = new ArrayList<>();
		for (String name : names) {
			String label = custom.containsKey(name) ? custom.get(name)
					: messages.getMessage("import.field." + name, null, name, locale);
			choices.add(new FieldChoice(name, label));
		}
		return choices;
	}

	private List<PreviewRow> rows(ImportPreview preview, Locale locale) {
		List<PreviewRow> rows = new ArrayList<>();
		for (ImportPreview.Row row : preview.rows()) {
			List<String> reasons = new ArrayList<>();
			for (ImportPreview.Reason reason : row.reasons()) {
				String message = messages.getMessage(reason.code(), reason.args().toArray(), reason.code(), locale);
				reasons.add(reason.column() == null ? message : reason.column() + ": " + message);
			}
			rows.add(new PreviewRow(row.number(), row.result().key(), row.customer(), row.cells(), reasons));
		}
		return rows;
	}

	private static boolean shownAtField(String path, ImportForm form) {
		return List.of("file", "encoding", "mode", "match", "mapping", "name", "templateId").contains(path)
				|| path.startsWith("mapping.") && form.getHeaders().contains(path.substring("mapping.".length()));
	}

}
