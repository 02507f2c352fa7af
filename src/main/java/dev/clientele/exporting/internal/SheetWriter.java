package dev.clientele.exporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.clientele.exporting.ExportFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes rows of text cells to a file as they come, keeping none of them. */
interface SheetWriter {

	void row(List<String> cells) throws IOException;

	/** Whether a cell's text could be taken for a formula by the program that opens the file. */
	boolean formulasPossible();

	void finish() throws IOException;

	static SheetWriter of(ExportFormat format, OutputStream out) throws IOException {
		return format == ExportFormat.CSV ? new Csv(out) : new Xlsx(out);
	}

	/** UTF-8 with a byte order mark, so that Excel opens Chinese text right; quoted where needed. */
	final class Csv implements SheetWriter {

		private final CSVPrinter printer;

		Csv(OutputStream out) throws IOException {
			OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
		}

		@Override
		public void row(List<String> cells) throws IOException {
			printer.printRecord(cells);
		}

		@Override
		public boolean formulasPossible() {
			return true;
		}

		@Override
		public void finish() throws IOException {
			printer.flush();
		}

	}

	/**
	 * One worksheet, flushed every {@value #FLUSH_EVERY} rows; a list longer than a sheet holds
	 * continues on the next one, header repeated.
	 */
	final class Xlsx implements SheetWriter {

		static final int MAX_ROWS = 1_048_576;

		static final int FLUSH_EVERY = 1_000;

		private final Workbook workbook;

		private Worksheet sheet;

		private List<String> header;

		private int sheets;

		private int next;

		Xlsx(OutputStream out) {
			this.workbook = new Workbook(out, "Clientele", "1.0");
		}

		@Override
		public void row(List<String> cells) throws IOException {
			if (header == null) {
				header = List.copyOf(cells);
			}
			if (sheet == null || next == MAX_ROWS) {
				newSheet();
			}
			write(cells);
		}

		private void newSheet() throws IOException {
			if (sheet != null) {
				sheet.finish();
			}
			sheets++;
			sheet = workbook.newWorksheet(sheets == 1 ? "Customers" : "Customers " + sheets);
			next = 0;
			if (sheets > 1) {
				write(header);
			}
		}

		private void write(List<String> cells) throws IOException {
			for (int column = 0; column < cells.size(); column++) {
				// inline: shared strings would keep every distinct value in memory until the end
				sheet.inlineString(next, column, cells.get(column));
			}
			next++;
			if (next % FLUSH_EVERY == 0) {
				sheet.flush();
			}
		}

		/** Every cell is written as text, which a spreadsheet never evaluates. */
		@Override
		public boolean formulasPossible() {
			return false;
		}

		@Override
		public void finish() throws IOException {
			workbook.finish();
		}

	}

}
