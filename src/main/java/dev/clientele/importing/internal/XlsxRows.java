package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import dev.clientele.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an XLSX file's first sheet, streamed (up to the format's 1,048,576 rows, never the
 * whole sheet in memory). The first non-empty row is the header; empty rows are skipped; row
 * numbers are the sheet's own. XLSX rows have no text of their own, so a row's raw text is its
 * cells written as one CSV line.
 */
final class XlsxRows implements RowReader {

	private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private final XlsxCells cells;

	private final List<String> header;

	/** The next non-empty row, once {@link #hasNext()} found it. */
	private Pending ready;

	private XlsxRows(ReadableWorkbook workbook) throws IOException {
		this.workbook = workbook;
		this.cells = new XlsxCells(workbook.isDate1904());
		this.stream = workbook.getFirstSheet().openStream();
		this.rows = stream.iterator();
		if (!hasNext()) {
			throw InvalidInputException.of("file", "import.file.empty");
		}
		this.header = Header.check(ready.cells());
		this.ready = null;
	}

	private record Pending(long number, List<String> cells) {
	}

	static XlsxRows open(Path file) {
		ReadableWorkbook workbook = null;
		try {
			workbook = new ReadableWorkbook(file.toFile(), WITH_FORMATS);
			return new XlsxRows(workbook);
		}
		catch (IOException | ExcelReaderException | UncheckedIOException ex) {
			closeAfterFailure(workbook, ex);
			throw InvalidInputException.of("file", "import.file.unreadable");
		}
		catch (RuntimeException ex) {
			closeAfterFailure(workbook, ex);
			throw ex;
		}
	}

	@Override
	public Layout layout() {
		return null;
	}

	@Override
	public List<String> cells(String raw) {
		return Header.fit(RowReader.parse(CSVFormat.RFC4180, raw), header().size());
	}

	@Override
	public List<String> header() {
		return header;
	}

	@Override
	public boolean hasNext() {
		try {
			while (ready == null && rows.hasNext()) {
				Row row = rows.next();
				List<String> texts = texts(row);
				if (texts.stream().anyMatch(text -> !text.isEmpty())) {
					ready = new Pending(row.getRowNum(), texts);
				}
			}
		}
		catch (ExcelReaderException | UncheckedIOException ex) {
			throw InvalidInputException.of("file", "import.file.unreadable");
		}
		return ready != null;
	}

	@Override
	public SourceRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		List<String> fitted = Header.fit(ready.cells(), header.size());
		long number = ready.number();
		ready = null;
		return new SourceRow(number, fitted, CSVFormat.RFC4180.format(fitted.toArray()));
	}

	private List<String> texts(Row row) {
		List<String> texts = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			texts.add(cells.text(row.getCell(i)));
		}
		return texts;
	}

	@Override
	public void close() {
		stream.close();
		try {
			workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void closeAfterFailure(ReadableWorkbook workbook, Exception failure) {
		if (workbook == null) {
			return;
		}
		try {
			workbook.close();
		}
		catch (IOException ex) {
			failure.addSuppressed(ex);
		}
	}

}
