package dev.clientele.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.clientele.customer.MatchKey;
import dev.clientele.importing.ImportOptions;
import dev.clientele.importing.ImportPreview;
import dev.clientele.importing.MappingTemplate;
import dev.clientele.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import form as posted: the options of the upload, and on a draft also the mapping, one
 * column per row ({@code headers[i]} with the field {@code fields[i]} it feeds, empty to ignore it).
 */
class ImportForm {

	static final String[] BINDABLE = { "encoding", "mode", "match", "dryRun", "headers[*]", "fields[*]", "templateName",
			"templateId" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String encoding;

	private String mode = "create";

	private List<String> match = new ArrayList<>(List.of("phone", "email", "name"));

	private boolean dryRun;

	private List<String> headers = new ArrayList<>();

	private List<String> fields = new ArrayList<>();

	private String templateName;

	private String templateId;

	/** The form of a draft: its options and the mapping its preview shows. */
	static ImportForm of(ImportOptions options, ImportPreview preview) {
		ImportForm form = new ImportForm();
		form.setEncoding(options.encoding());
		form.setMode(options.mode().key());
		form.setMatch(options.matchBy().stream().map(MatchKey::key).collect(Collectors.toCollection(ArrayList::new)));
		form.setDryRun(options.dryRun());
		if (preview != null) {
			preview.columns().forEach(column -> {
				form.headers.add(column.header());
				form.fields.add(column.field() == null ? "" : column.field());
			});
		}
		return form;
	}

	/**
	 * @throws InvalidInputException naming {@code mode} or {@code match}
	 */
	ImportOptions options() {
		return OptionsParser.parse(encoding, mode, match.isEmpty() ? "none" : String.join(",", match), mapping(),
				dryRun);
	}

	/** The mapping as the import takes it, every column named, or {@code null} when the form has none. */
	String mapping() {
		if (headers.isEmpty()) {
			return null;
		}
		ObjectNode mapping = JSON.createObjectNode();
		for (int i = 0; i < headers.size(); i++) {
			String field = i < fields.size() ? fields.get(i) : null;
			if (field == null || field.isBlank()) {
				mapping.putNull(headers.get(i));
			}
			else {
				mapping.put(headers.get(i), field.strip());
			}
		}
		return mapping.toString();
	}

	/**
	 * Takes the template's choice for each column it names (headers compared as the automatic
	 * mapping compares them) and keeps the others.
	 *
	 * @throws InvalidInputException naming {@code templateId} when the template names none of the columns
	 */
	void apply(MappingTemplate template) {
		Map<String, String> chosen = new HashMap<>();
		try {
			for (Map.Entry<String, JsonNode> entry : JSON.readTree(template.mapping()).properties()) {
				JsonNode value = entry.getValue();
				chosen.put(Text.key(entry.getKey()), value.isString() ? value.stringValue() : "");
			}
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of("templateId", "import.mapping.invalid");
		}
		boolean applied = false;
		for (int i = 0; i < headers.size(); i++) {
			String field = chosen.get(Text.key(headers.get(i)));
			if (field != null) {
				while (fields.size() <= i) {
					fields.add("");
				}
				fields.set(i, field);
				applied = true;
			}
		}
		if (!applied) {
			throw InvalidInputException.of("templateId", "import.template.noColumn", template.name());
		}
	}

	public String field(int column) {
		return column < fields.size() ? fields.get(column) : "";
	}

	public String getEncoding() {
		return encoding;
	}

	public void setEncoding(String encoding) {
		this.encoding = encoding;
	}

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public List<String> getMatch() {
		return match;
	}

	public void setMatch(List<String> match) {
		this.match = match == null ? new ArrayList<>() : match;
	}

	public boolean isDryRun() {
		return dryRun;
	}

	public void setDryRun(boolean dryRun) {
		this.dryRun = dryRun;
	}

	public List<String> getHeaders() {
		return headers;
	}

	public void setHeaders(List<String> headers) {
		this.headers = headers == null ? new ArrayList<>() : headers;
	}

	public List<String> getFields() {
		return fields;
	}

	public void setFields(List<String> fields) {
		this.fields = fields == null ? new ArrayList<>() : fields;
	}

	public String getTemplateName() {
		return templateName;
	}

	public void setTemplateName(String templateName) {
		this.templateName = templateName;
	}

	public String getTemplateId() {
		return templateId;
	}

	public void setTemplateId(String templateId) {
		this.templateId = templateId;
	}

}
