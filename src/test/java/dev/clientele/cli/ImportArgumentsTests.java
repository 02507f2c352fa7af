package dev.clientele.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportArgumentsTests {

	@TempDir
	Path dir;

	String file;

	@BeforeEach
	void aFileToImport() throws IOException {
		file = Files.writeString(dir.resolve("客户.csv"), "客户名称,手机\n甲公司,13800138000\n").toString();
	}

	@Test
	void aFileAloneLeavesEveryOptionToTheServer() throws UsageException {
		ImportArguments arguments = ImportArguments.parse(List.of(file));

		assertThat(arguments).isEqualTo(new ImportArguments(Path.of(file), null, null, null, null, false));
	}

	@Test
	void optionsTakeTheirValueAfterASpaceOrAnEqualsSignBeforeOrAfterTheFile() throws UsageException {
		ImportArguments arguments = ImportArguments.parse(
				List.of("--mode", "update", file, "--match=phone,email", "--encoding=GBK", "--dry-run"));

		assertThat(arguments.file()).isEqualTo(Path.of(file));
		assertThat(arguments.mode()).isEqualTo("update");
		assertThat(arguments.match()).isEqualTo("phone,email");
		assertThat(arguments.encoding()).isEqualTo("GBK");
		assertThat(arguments.dryRun()).isTrue();
	}

	@Test
	void modeAndMatchKeysAreReadWithoutRegardToCaseAndSpaces() throws UsageException {
		ImportArguments arguments = ImportArguments.parse(List.of(file, "--mode=SKIP", "--match", "Name, Phone"));

		assertThat(arguments.mode()).isEqualTo("skip");
		assertThat(arguments.match()).isEqualTo("name,phone");
	}

	@Test
	void matchingNothingIsSpelledNone() throws UsageException {
		assertThat(ImportArguments.parse(List.of(file, "--match=none")).match()).isEqualTo("none");
	}

	@Test
	void aMappingFileIsSentAsCompactJson() throws Exception {
		Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\n  \"甲方\": \"name\",\n  \"备用\": null\n}\n");

		ImportArguments arguments = ImportArguments.parse(List.of(file, "--mapping", mapping.toString()));

		assertThat(arguments.mapping()).isEqualTo("{\"甲方\":\"name\",\"备用\":null}");
	}

	@Test
	void aMappingFileWithAByteOrderMarkIsRead() throws Exception {
		byte[] json = "{\"甲方\": \"name\"}".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[json.length + 3];
		content[0] = (byte) 0xEF;
		content[1] = (byte) 0xBB;
		content[2] = (byte) 0xBF;
		System.arraycopy(json, 0, content, 3, json.length);
		Path mapping = Files.write(dir.resolve("bom.json"), content);

		assertThat(ImportArguments.parse(List.of(file, "--mapping=" + mapping)).mapping()).isEqualTo("{\"甲方\":\"name\"}");
	}

	@Test
	void anUnknownOptionIsAUsageErrorNamingIt() {
		assertThat(usageError(file, "--force")).contains("--force");
		assertThat(usageError(file, "-f")).contains("-f");
	}

	@Test
	void aMissingFileArgumentIsAUsageError() {
		assertThat(usageError("--mode=create")).contains("FILE is missing");
	}

	@Test
	void aFileThatIsNotOnDiskIsAUsageErrorNamingIt() {
		String missing = dir.resolve("nowhere.csv").toString();

		assertThat(usageError(missing)).contains("FILE not found", missing);
		assertThat(usageError(dir.toString())).contains("FILE not found");
	}

	@Test
	void twoFilesAreAUsageError() {
		assertThat(usageError(file, file)).contains("One FILE only");
	}

	@Test
	void aModeOtherThanCreateUpdateOrSkipIsAUsageErrorNamingTheOption() {
		assertThat(usageError(file, "--mode=bogus")).contains("--mode", "bogus");
	}

	@Test
	void anUnknownMatchKeyIsAUsageErrorNamingTheOption() {
		assertThat(usageError(file, "--match", "phone,shoe")).contains("--match", "phone,shoe");
		assertThat(usageError(file, "--match", "phone,")).contains("--match");
		assertThat(usageError(file, "--match=")).contains("--match");
	}

	@Test
	void anEncodingTheJavaRuntimeDoesNotKnowIsAUsageError() {
		assertThat(usageError(file, "--encoding=klingon")).contains("--encoding", "klingon");
		assertThat(usageError(file, "--encoding=no spaces")).contains("--encoding");
	}

	@Test
	void anOptionWithoutItsValueIsAUsageError() {
		assertThat(usageError(file, "--mode")).contains("--mode needs a value");
	}

	@Test
	void dryRunTakesNoValue() {
		assertThat(usageError(file, "--dry-run=yes")).contains("--dry-run");
	}

	@Test
	void aMappingFileThatCannotBeReadIsAUsageErrorNamingTheOption() {
		assertThat(usageError(file, "--mapping", dir.resolve("absent.json").toString())).contains("--mapping", "absent.json");
	}

	@Test
	void aMappingFileThatIsNotJsonIsAUsageError() throws IOException {
		Path mapping = Files.writeString(dir.resolve("mapping.txt"), "甲方 = name");

		assertThat(usageError(file, "--mapping", mapping.toString())).contains("--mapping", "not JSON");
	}

	@Test
	void aMappingFileThatIsNotAJsonObjectIsAUsageError() throws IOException {
		Path array = Files.writeString(dir.resolve("array.json"), "[\"name\"]");
		Path empty = Files.writeString(dir.resolve("empty.json"), "");

		assertThat(usageError(file, "--mapping", array.toString())).contains("--mapping", "JSON object");
		assertThat(usageError(file, "--mapping", empty.toString())).contains("--mapping", "JSON object");
	}

	@Test
	void aMappingWhoseFieldIsNotTextIsAUsageErrorNamingTheColumn() throws IOException {
		Path mapping = Files.writeString(dir.resolve("numbers.json"), "{\"甲方\": 1}");

		assertThat(usageError(file, "--mapping", mapping.toString())).contains("--mapping", "甲方");
	}

	private static String usageError(String... args) {
		UsageException error = catchThrowableOfType(UsageException.class,
				() -> ImportArguments.parse(new ArrayList<>(List.of(args))));
		assertThat(error).as("a usage error for %s", List.of(args)).isNotNull();
		return error.getMessage();
	}

}
