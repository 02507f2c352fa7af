package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar clientele.jar import FILE ...} against the running application, in-process: the
 * command's exit code, what it prints and what it leaves on the server and on disk.
 */
class ImportCommandIT extends DatabaseIT {

	@TempDir
	Path dir;

	Api api;

	String token;

	/** Makes each test's names and phones its own, so that tests never match each other's rows. */
	String run;

	int phoneSeed;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void setUp() {
		token = tokenWithRoles(TestAccounts.FULL_ACCESS);
		api = new Api(port).withToken(token);
		run = UUID.randomUUID().toString().substring(0, 6);
		phoneSeed = (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 90_000_000L);
	}

	@Test
	void aCleanFileIsImportedWithItsMappingAndExitsZero() throws IOException {
		Path file = csv("clean.csv", "甲方,手机,城市\n" + name("甲") + "有限公司," + phone(1) + ",深圳\n" + name("乙") + "有限公司,"
				+ phone(2) + ",杭州\n");
		Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"甲方\": \"name\"}");

		int exit = importing(file.toString(), "--mapping", mapping.toString(), "--mode=create", "--match", "phone,name");

		assertThat(exit).as(output()).isZero();
		assertThat(stdout()).contains("completed: 2 rows, 2 created", "0 rejected");
		assertThat(stderr()).contains("2/2 rows");
		assertThat(customerNamed(name("甲") + "有限公司").get("city").asString()).isEqualTo("深圳市");
		assertThat(customerNamed(name("乙") + "有限公司").at("/phones/0/e164").asString()).isEqualTo("+86" + phone(2));
		assertThat(dir.resolve("clean.csv.errors.csv")).doesNotExist();
	}

	@Test
	void aFileWithABadRowExitsThreeAndSavesTheErrorReportNextToIt() throws IOException {
		Path file = csv("客户.csv", "客户名称,手机\n" + name("丙") + "公司," + phone(3) + "\n" + name("丁") + "公司,12345\n");

		int exit = importing(file.toString());

		Path report = dir.resolve("客户.csv.errors.csv");
		assertThat(exit).as(output()).isEqualTo(3);
		assertThat(stdout()).contains("1 created", "1 rejected", report.toString());
		assertThat(report).exists();
		List<String> rows = Files.readAllLines(report, StandardCharsets.UTF_8);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).startsWith("3,").contains(name("丁") + "公司", "12345");
		assertThat(customerNamed(name("丙") + "公司")).isNotNull();
	}

	@Test
	void aDryRunWithABadRowExitsThreeAndWritesNoCustomer() throws IOException {
		Path file = csv("dry.csv", "客户名称,手机\n" + name("戊") + "公司," + phone(4) + "\n" + name("己") + "公司,bad\n");

		int exit = importing(file.toString(), "--dry-run");

		assertThat(exit).as(output()).isEqualTo(3);
		assertThat(stdout()).contains("Dry run", "1 would be created", "1 would be rejected");
		assertThat(dir.resolve("dry.csv.errors.csv")).exists();
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name("戊"))).json().get("items")).isEmpty();
	}

	@Test
	void aBogusModeIsAUsageErrorAndNothingIsSent() throws IOException {
		Path file = csv("bogus.csv", "客户名称\n" + name("庚") + "公司\n");

		int exit = importing(file.toString(), "--mode=bogus");

		assertThat(exit).isEqualTo(2);
		assertThat(stderr()).contains("--mode", "bogus");
		assertThat(api.get("/api/v1/imports").json()).isEmpty();
	}

	@Test
	void aMissingFileIsAUsageError() {
		int exit = importing(dir.resolve("nowhere.csv").toString());

		assertThat(exit).isEqualTo(2);
		assertThat(stderr()).contains("FILE not found", "nowhere.csv");
	}

	@Test
	void aWrongTokenFailsWithExitOneNamingTheToken() throws IOException {
		Path file = csv("token.csv", "客户名称\n" + name("辛") + "公司\n");
		token = "clt_wrong";

		int exit = importing(file.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(stderr()).contains("401", "CLIENTELE_TOKEN");
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name("辛"))).json().get("items")).isEmpty();
	}

	@Test
	void aFileTheServerRefusesFailsWithExitOneAndTheServersReasons() throws IOException {
		Path file = csv("refused.csv", "客户名称\n" + name("壬") + "公司\n");
		Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\"不存在\": \"name\"}");

		int exit = importing(file.toString(), "--mapping=" + mapping);

		assertThat(exit).isEqualTo(1);
		assertThat(stderr()).contains("400", "mapping.不存在");
	}

	@Test
	void anUnreachableServerFailsWithExitOne() throws IOException {
		Path file = csv("offline.csv", "客户名称\n" + name("癸") + "公司\n");

		int exit = new ImportCommand(print(out), print(err), false).run(List.of(file.toString()), "http://127.0.0.1:1", token);

		assertThat(exit).isEqualTo(1);
		assertThat(stderr()).contains("Cannot reach the Clientele server at http://127.0.0.1:1");
	}

	private int importing(String... args) {
		return new ImportCommand(print(out), print(err), false).run(List.of(args), "http://localhost:" + port + "/", token);
	}

	private Path csv(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private JsonNode customerNamed(String name) {
		JsonNode items = api.get("/api/v1/customers?q=" + Api.encode(name)).json().get("items");
		for (JsonNode item : items) {
			if (item.get("name").asString().equals(name)) {
				return item;
			}
		}
		throw new AssertionError("No customer " + name + " in " + items);
	}

	private String name(String stem) {
		return stem + run;
	}

	private String phone(int n) {
		return "13" + String.format("%09d", (phoneSeed + n * 7919) % 1_000_000_000);
	}

	private static PrintStream print(ByteArrayOutputStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private String output() {
		return stdout() + stderr();
	}

}
