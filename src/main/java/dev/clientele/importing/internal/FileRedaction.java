package dev.clientele.importing.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes a stored file again without some of its rows. A CSV file keeps its encoding, byte order
 * mark, header line and line break, and every other row's text exactly; a workbook becomes a CSV
 * file in UTF-8 (with BOM) of its rows' text, since its rows have no text of their own.
 */
final class FileRedaction {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private FileRedaction() {
	}

	/** Whether the copy of a file read by {@code reader} is a CSV file made from a workbook. */
	static boolean becomesCsv(RowReader reader) {
		return reader.layout() == null;
	}

	static ImportFileStore.IoWriter without(RowReader reader, Set<Long> rows) {
		return out -> {
			RowReader.Layout layout = reader.layout();
			Charset charset = layout == null ? StandardCharsets.UTF_8 : layout.charset();
			out.write(layout == null ? UTF8_BOM : layout.bom());
			Writer writer = new OutputStreamWriter(out, charset);
			String lineBreak = layout == null ? "\r\n" : layout.lineBreak();
			writer.write(layout == null ? CSVFormat.RFC4180.format(reader.header().toArray()) : layout.header());
			writer.write(lineBreak);
			while (reader.hasNext()) {
				SourceRow row = reader.next();
				if (!rows.contains(row.number())) {
					writer.write(row.raw());
					writer.write(lineBreak);
				}
			}
			writer.flush();
		};
	}

}
