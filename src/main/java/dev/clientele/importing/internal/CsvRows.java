package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.clientele.importing.internal.EncodingDetector.Encoding;
import dev.clientele.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file, parsed with standard quoting (quoted cells may hold delimiters, quotes
 * and line breaks). Rows without any value (blank lines, and the {@code ,,,} lines Excel writes for
 * empty rows) are skipped but counted, so that row numbers stay those Excel shows. Each row's raw text is cut out of the decoded file by the parser's character positions;
 * a row holding bytes that are not text in the file's encoding stops the reading, naming the row.
 */
final class CsvRows implements RowReader {

	/** What the decoder puts in place of bytes that are not text in the file's encoding. */
	private static final char REPLACEMENT = '\uFFFD';

	private final RecordingReader text;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	/** The next record, parsed ahead because its position ends the one before. */
	private CSVRecord upcoming;

	/** The next row with a value, once {@link #hasNext()} found it. */
	private SourceRow ready;

	private final CSVFormat format;

	private final Layout layout;

	/** The first record's line break, once read. */
	private String lineBreak;

	private CsvRows(RecordingReader text, char delimiter, Charset charset, byte[] bom) throws IOException {
		this.text = text;
		this.format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrailingData(true)
			.get();
		this.parser = CSVParser.builder().setReader(text).setFormat(format).get();
		this.records = parser.iterator();
		this.upcoming = advance();
		if (upcoming == null) {
			throw InvalidInputException.of("file", "import.file.empty");
		}
		SourceRow first = take();
		this.header = Header.check(first.cells());
		this.layout = new Layout(charset, bom, first.raw(), lineBreak == null || lineBreak.isEmpty() ? "\r\n" : lineBreak);
	}

	/**
	 * @param prefix the file's first bytes, enough to detect the encoding and the delimiter
	 * @param explicit the encoding the user named, or {@code null} to detect it
	 */
	static CsvRows open(Path file, byte[] prefix, Charset explicit) throws IOException {
		boolean wholeFile = Files.size(file) <= prefix.length;
		Encoding encoding = EncodingDetector.detect(prefix, wholeFile, explicit);
		String start = new String(prefix, encoding.bomLength(), prefix.length - encoding.bomLength(),
				encoding.charset());
		if (start.isBlank() && wholeFile) {
			throw InvalidInputException.of("file", "import.file.empty");
		}
		if (start.chars().anyMatch(CsvRows::isBinary)) {
			throw InvalidInputException.of("file", "import.file.unreadable");
		}
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(encoding.bomLength());
			InputStreamReader reader = new InputStreamReader(in, encoding.charset()
				.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE));
			return new CsvRows(new RecordingReader(reader), DelimiterSniffer.sniff(start, wholeFile), encoding.charset(),
					java.util.Arrays.copyOf(prefix, encoding.bomLength()));
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	private static boolean isBinary(int ch) {
		return ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f';
	}

	@Override
	public Layout layout() {
		return layout;
	}

	@Override
	public List<String> cells(String raw) {
		return Header.fit(RowReader.parse(format, raw), header.size());
	}

	@Override
	public List<String> header() {
		return header;
	}

	@Override
	public boolean hasNext() {
		while (ready == null && upcoming != null) {
			SourceRow row = take();
			if (row.cells().stream().anyMatch(cell -> !cell.isEmpty())) {
				ready = row;
			}
		}
		return ready != null;
	}

	@Override
	public SourceRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		SourceRow row = ready;
		ready = null;
		return new SourceRow(row.number(), Header.fit(row.cells(), header.size()), row.raw());
	}

	private SourceRow take() {
		CSVRecord record = upcoming;
		upcoming = advance();
		long end = upcoming == null ? text.end() : upcoming.getCharacterPosition();
		String whole = text.text(record.getCharacterPosition(), end);
		String raw = withoutLineBreak(whole);
		if (lineBreak == null) {
			lineBreak = whole.substring(raw.length());
		}
		text.discardBefore(end);
		if (raw.indexOf(REPLACEMENT) >= 0) {
			throw InvalidInputException.of("file", "import.file.encoding", record.getRecordNumber());
		}
		return new SourceRow(record.getRecordNumber(), record.toList(), raw);
	}

	private CSVRecord advance() {
		long number = upcoming == null ? 1 : upcoming.getRecordNumber() + 1;
		try {
			return records.hasNext() ? records.next() : null;
		}
		catch (UncheckedIOException ex) {
			throw InvalidInputException.of("file", "import.file.malformed", number);
		}
	}

	private static String withoutLineBreak(String record) {
		if (record.endsWith("\r\n")) {
			return record.substring(0, record.length() - 2);
		}
		if (record.endsWith("\n") || record.endsWith("\r")) {
			return record.substring(0, record.length() - 1);
		}
		return record;
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
