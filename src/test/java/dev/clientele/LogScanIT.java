package dev.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.clientele.support.RequiresDatabase;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after every other integration test of the pass and reads everything the application
 * logged meanwhile: no password, no API token and no full phone number may appear in it.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(RequiresDatabase.class)
class LogScanIT {

	static final Pattern TOKEN = Pattern.compile("clt_[A-Za-z0-9_-]{20,}");

	static final Pattern STAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+(?:Z|[+-]\\d{2}:\\d{2}))");

	static final Pattern PHONE = Pattern.compile("(?<![0-9])(\\+?86)?1[3-9][0-9]{9}(?![0-9])");

	@Test
	void theLogsOfTheWholeRunHoldNoPasswordTokenOrPhoneNumber() throws IOException {
		String file = System.getProperty("logging.file.name");
		assertThat(file).as("the test run writes its log to a file").isNotNull();
		Path log = Path.of(file);
		assertThat(log).exists();
		List<String> lines = thisRun(Files.readAllLines(log));
		assertThat(lines).as("the other tests ran and logged").hasSizeGreaterThan(20);
		for (String line : lines) {
			assertThat(line).doesNotContain(TestAccounts.PASSWORD, "Chief-Secret-2024!", "Wrong-Password");
			assertThat(find(TOKEN, line)).as("a token in: " + line).isNull();
			assertThat(find(PHONE, line)).as("a phone number in: " + line).isNull();
		}
	}

	/** The lines logged since this JVM started: the log file may hold earlier runs too. */
	private static List<String> thisRun(List<String> lines) {
		Instant start = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		List<String> run = new ArrayList<>();
		boolean inRun = false;
		for (String line : lines) {
			Matcher stamp = STAMP.matcher(line);
			if (stamp.lookingAt()) {
				inRun = !OffsetDateTime.parse(stamp.group(1)).toInstant().isBefore(start);
			}
			if (inRun) {
				run.add(line);
			}
		}
		return run;
	}

	private static String find(Pattern pattern, String line) {
		Matcher matcher = pattern.matcher(line);
		return matcher.find() ? matcher.group() : null;
	}

}
