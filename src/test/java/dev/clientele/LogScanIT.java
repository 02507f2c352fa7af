package dev.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

	static final Pattern PHONE = Pattern.compile("(?<![0-9])(\\+?86)?1[3-9][0-9]{9}(?![0-9])");

	@Test
	void theLogsOfTheWholeRunHoldNoPasswordTokenOrPhoneNumber() throws IOException {
		String file = System.getProperty("logging.file.name");
		assertThat(file).as("the test run writes its log to a file").isNotNull();
		Path log = Path.of(file);
		assertThat(log).exists();
		List<String> lines = Files.readAllLines(log);
		assertThat(lines).as("the other tests ran and logged").hasSizeGreaterThan(100);
		for (String line : lines) {
			assertThat(line).doesNotContain(TestAccounts.PASSWORD, "Chief-Secret-2024!", "Wrong-Password");
			assertThat(find(TOKEN, line)).as("a token in: " + line).isNull();
			assertThat(find(PHONE, line)).as("a phone number in: " + line).isNull();
		}
	}

	private static String find(Pattern pattern, String line) {
		Matcher matcher = pattern.matcher(line);
		return matcher.find() ? matcher.group() : null;
	}

}
