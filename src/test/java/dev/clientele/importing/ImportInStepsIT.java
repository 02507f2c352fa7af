package dev.clientele.importing;

import static dev.clientele.support.ImportJobs.finished;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Imports whose rows span several steps (two rows each): what one step wrote, the next one matches. */
@TestPropertySource(properties = "clientele.imports.step-size=2")
class ImportInStepsIT extends DatabaseIT {

	Api api;

	String run;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
		run = UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void aRowRepeatingOneOfAnEarlierStepIsADuplicateOfThatRowInTheImportAndInItsDryRun() {
		String phone = "139" + String.format("%08d", Math.abs(run.hashCode()) % 100_000_000);
		String csv = "客户名称,手机\n甲" + run + "公司," + phone + "\n乙" + run + "公司,\n丙" + run + "公司,\n丁" + run + "公司,"
				+ phone + "\n";

		JsonNode dryRun = finished(api, api.upload("/api/v1/imports", "steps.csv", csv.getBytes(StandardCharsets.UTF_8),
				"dryRun", "true").json().get("id").asString());
		JsonNode imported = finished(api, api.upload("/api/v1/imports", "steps.csv", csv.getBytes(StandardCharsets.UTF_8))
			.json().get("id").asString());

		for (JsonNode job : new JsonNode[] { dryRun, imported }) {
			assertThat(job.at("/counts/created").asLong()).isEqualTo(3);
			assertThat(job.at("/counts/rejected").asLong()).isEqualTo(1);
			String report = api.download("/api/v1/imports/" + job.get("id").asString() + "/errors?format=csv").text();
			// the earlier step's row is a customer by now (in the dry run, until the end rolls it back), and named
			assertThat(report).contains("5,丁" + run + "公司," + phone, "手机: Row 2 of the same file has this value already.");
		}
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(run)).json().get("items")).hasSize(3);
	}

}
