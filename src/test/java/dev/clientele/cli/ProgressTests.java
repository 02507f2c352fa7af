package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTests {

	final ByteArrayOutputStream written = new ByteArrayOutputStream();

	final PrintStream err = new PrintStream(written, true, StandardCharsets.UTF_8);

	@Test
	void onAConsoleTheLineIsRedrawnInPlaceAndEndedOnce() {
		Progress progress = new Progress(err, true);

		progress.show(job("running", 1));
		progress.show(job("running", 2));
		progress.end();

		String text = text();
		assertThat(text).startsWith("\r[").endsWith("\n");
		assertThat(text.chars().filter(c -> c == '\r')).hasSize(2);
		assertThat(text.chars().filter(c -> c == '\n')).hasSize(1);
	}

	@Test
	void elsewhereAPlainLineIsWrittenWhenTheStatusChangesAndEveryTenthPoll() {
		Progress progress = new Progress(err, false);

		progress.show(job("queued", 0));
		for (int poll = 1; poll <= 12; poll++) {
			progress.show(job("running", poll));
		}
		progress.end();

		assertThat(text()).doesNotContain("\r");
		assertThat(text().lines()).hasSize(3).allSatisfy(line -> assertThat(line).isNotBlank());
	}

	private static Job job(String status, long done) {
		return new Job("j1", status, false, 100L, done, new Job.Counts(done, 0, 0, 0, 0), 10, 9L, null);
	}

	private String text() {
		return written.toString(StandardCharsets.UTF_8);
	}

}
