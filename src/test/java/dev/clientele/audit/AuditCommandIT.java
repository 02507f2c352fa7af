package dev.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import dev.clientele.support.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/clientele.jar audit verify}, run as an operator would against a database
 * of its own: exit 0 for an intact chain, exit 1 naming the first broken entry.
 */
class AuditCommandIT {

	@Test
	void theCommandReportsTheFirstBrokenLinkAndExitsOne() throws Exception {
		Assumptions.assumeFalse(TestDatabase.isPostgres(), "the command is exercised once, on an H2 file");
		Path jar = Path.of("target/clientele.jar");
		Assumptions.assumeTrue(Files.exists(jar), "the jar is built by the package phase");
		Path data = Files.createTempDirectory("clientele-cli");

		Run intact = verify(jar, data);
		assertThat(intact.exit()).as(intact.output()).isZero();
		assertThat(intact.output()).contains("Audit trail intact");

		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data + "/clientele;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"sa", ""); Statement sql = db.createStatement()) {
			sql.execute("insert into audit_log (seq, at, action, outcome, hash) values (1, current_timestamp, "
					+ "'customer.deleted', 'success', '" + "ab".repeat(32) + "')");
		}

		Run broken = verify(jar, data);
		assertThat(broken.exit()).as(broken.output()).isEqualTo(1);
		assertThat(broken.output()).contains("BROKEN at entry 1");
	}

	private static Run verify(Path jar, Path data) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString(), "audit", "verify").redirectErrorStream(true);
		builder.environment().put("CLIENTELE_DATA_DIR", data.toString());
		builder.environment().put("CLIENTELE_ADMIN_PASSWORD", "Cli-Check-2024!");
		builder.environment().put("CLIENTELE_AUDIT_KEY", "cli-test-key-0123456789");
		builder.environment().remove("CLIENTELE_DB_URL");
		Process process = builder.start();
		boolean done = process.waitFor(180, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!done) {
			process.destroyForcibly();
		}
		return new Run(done ? process.exitValue() : -1, output);
	}

	record Run(int exit, String output) {
	}

}
