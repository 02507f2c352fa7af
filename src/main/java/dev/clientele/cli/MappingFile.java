package dev.clientele.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A {@code --mapping} file: a JSON object {@code {"<header>": "<field>"}}, a field {@code null} or {@code ""} to ignore the column. */
final class MappingFile {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MappingFile() {
	}

	/**
	 * @return the mapping as compact JSON text
	 * @throws UsageException when the file cannot be read or does not hold such an object
	 */
	static String read(Path file) throws UsageException {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UsageException("--mapping: cannot read " + file + " (" + ex.getClass().getSimpleName() + ")");
		}
		JsonNode mapping;
		try {
			mapping = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			throw new UsageException("--mapping: " + file + " is not JSON: " + ex.getOriginalMessage());
		}
		if (mapping == null || !mapping.isObject()) {
			throw new UsageException("--mapping: " + file + " must hold a JSON object {\"<header>\": \"<field>\"}");
		}
		for (Map.Entry<String, JsonNode> column : mapping.properties()) {
			if (!column.getValue().isString() && !column.getValue().isNull()) {
				throw new UsageException("--mapping: the column \"" + column.getKey()
						+ "\" must name a field (text), or be null to be ignored");
			}
		}
		return JSON.writeValueAsString(mapping);
	}

}
