package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.clientele.shared.InvalidInputException;

/**
 * Opens an import file by what its bytes are, whatever its name: a ZIP container is read as
 * XLSX, an old binary Excel file is refused, anything else is read as CSV text.
 */
final class SourceFiles {

	/** How much of a file is looked at to tell its kind, encoding and delimiter. */
	static final int PREFIX_BYTES = 1024 * 1024;

	private SourceFiles() {
	}

	/**
	 * @param encoding the encoding of a CSV file as the user named it, or {@code null} to detect it
	 * @throws InvalidInputException on {@code file}: {@code import.file.empty},
	 * {@code import.file.xls}, {@code import.file.unreadable}, or a header's problems
	 */
	static RowReader open(Path file, Charset encoding) {
		try {
			byte[] prefix = prefix(file);
			if (prefix.length == 0) {
				throw InvalidInputException.of("file", "import.file.empty");
			}
			if (startsWith(prefix, 0x50, 0x4B, 0x03, 0x04)) {
				return XlsxRows.open(file);
			}
			if (startsWith(prefix, 0xD0, 0xCF, 0x11, 0xE0)) {
				throw InvalidInputException.of("file", "import.file.xls");
			}
			return CsvRows.open(file, prefix, encoding);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] prefix(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(PREFIX_BYTES);
		}
	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
