package dev.clientele.importing.internal;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.clientele.exporting.ExportFormat;
import dev.clientele.exporting.ExportManagement;
import dev.clientele.exporting.TableSink;
import dev.clientele.importing.ImportJob;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error report of an import: one line per rejected row with its row number, its original
 * cells under the file's own header, and every reason in the reader's language, naming the column.
 */
@Component
class ImportReports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportRowRepository rows;

	private final ImportFileStore files;

	private final ExportManagement exports;

	private final MessageSource messages;

	ImportReports(ImportRowRepository rows, ImportFileStore files, ExportManagement exports, MessageSource messages) {
		this.rows = rows;
		this.files = files;
		this.exports = exports;
		this.messages = messages;
	}

	long errors(ImportJob job, ExportFormat format, Locale locale, Supplier<OutputStream> output) {
		Charset encoding = job.options().encoding() == null ? null : Charset.forName(job.options().encoding());
		try (RowReader reader = SourceFiles.open(files.path(job.fileSha256()), encoding)) {
			List<String> header = new ArrayList<>();
			header.add(messages.getMessage("import.report.row", null, "Row", locale));
			header.addAll(reader.header());
			header.add(messages.getMessage("import.report.reasons", null, "Reasons", locale));
			TableSink sheet = exports.openTable(format, output.get());
			sheet.row(header);
			long[] count = { 0 };
			rows.each(job.id(), "rejected", row -> {
				List<String> line = new ArrayList<>();
				line.add(Long.toString(row.number()));
				line.addAll(reader.cells(row.raw()));
				line.add(reasons(row.reasons(), locale));
				sheet.row(line);
				count[0]++;
			});
			sheet.finish();
			return count[0];
		}
	}

	/** The reasons as one text, e.g. {@code 手机: 不是有效的电话号码; 邮箱: ...}. */
	String reasons(String json, Locale locale) {
		if (json == null) {
			return "";
		}
		List<String> texts = new ArrayList<>();
		for (JsonNode reason : JSON.readTree(json)) {
			List<Object> args = new ArrayList<>();
			reason.path("args").forEach(arg -> args.add(arg.isNumber() ? arg.numberValue() : arg.asString()));
			String code = reason.path("code").asString();
			String message;
			try {
				message = messages.getMessage(code, args.toArray(), code, locale);
			}
			catch (IllegalArgumentException ex) {
				message = code + " " + args;
			}
			JsonNode column = reason.get("column");
			String where = column != null && !column.isNull() ? column.asString() : reason.path("path").asString();
			texts.add(where.isEmpty() ? message : where + ": " + message);
		}
		return String.join("; ", texts);
	}

}
