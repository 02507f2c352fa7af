package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReportFileTests {

	@TempDir
	Path dir;

	@Test
	void theReportGoesNextToTheImportedFileNamedAfterIt() {
		Path input = dir.resolve("客户.csv");

		assertThat(ErrorReportFile.next(input, Path.of("/elsewhere"))).isEqualTo(dir.resolve("客户.csv.errors.csv"));
	}

	@Test
	void theReportGoesToTheWorkingDirectoryWhenTheFilesFolderIsNotWritable() {
		Path input = dir.resolve("gone").resolve("客户.csv");

		assertThat(ErrorReportFile.next(input, dir)).isEqualTo(dir.resolve("客户.csv.errors.csv"));
	}

}
