package dev.clientele.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the error report of an import goes: {@code <FILE>.errors.csv}, next to the file if that folder is writable. */
final class ErrorReportFile {

	private ErrorReportFile() {
	}

	/**
	 * @param input the imported file
	 * @param workingDirectory where the report goes when the file's folder is not writable
	 */
	static Path next(Path input, Path workingDirectory) {
		String name = input.getFileName() + ".errors.csv";
		Path folder = input.toAbsolutePath().getParent();
		return folder != null && Files.isWritable(folder) ? folder.resolve(name) : workingDirectory.resolve(name);
	}

}
