package dev.clientele.importing;

import static dev.clientele.shared.SqlTimestamps.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.ImportJobs;
import dev.clientele.support.Poll;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The import pages as an importer's browser uses them: upload, mapping, preview, progress, result and revert. */
class ImportPagesIT extends DatabaseIT {

	@Autowired
	JdbcClient jdbc;

	Api browser;

	/** Makes each test's names and phones its own, so that tests never match each other's rows. */
	String run;

	int phoneSeed;

	@BeforeEach
	void setUp() {
		browser = browserWithFullAccess();
		run = UUID.randomUUID().toString().substring(0, 6);
		phoneSeed = (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 90_000_000L);
	}

	@Test
	void anImporterFindsImportInTheMenuAndNextToTheExportButtons() {
		String customers = browser.get("/customers").body();
		String imports = browser.get("/imports").body();

		assertThat(between(customers, "<nav", "</nav>")).contains("href=\"/imports\"", ">Import<");
		assertThat(between(customers, "id=\"results\"", "</main>")).contains("href=\"/imports\"", "Export CSV");
		assertThat(imports).contains("Import customers", "enctype=\"multipart/form-data\"", "name=\"file\"",
				"You have not imported anything yet.");
	}

	@Test
	void someoneWithoutTheImportPermissionSeesNoImportEntry() {
		String login = "r" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, "sales-rep");
		Api rep = Api.signedIn(port, login, TestAccounts.PASSWORD);

		assertThat(rep.get("/customers").body()).doesNotContain("href=\"/imports\"");
		assertThat(rep.get("/imports").status()).isEqualTo(403);
	}

	@Test
	void anUploadedFileShowsItsChineseHeadersMappedAndThePreviewWithTheReasonsOfABadRow() {
		String csv = "客户名称,手机,省份,城市,内部编号\n" + name("甲") + "有限公司," + phone(1) + ",广东,深圳,A-1\n" + name("乙")
				+ "有限公司,12345,浙江,杭州,A-2\n";

		Api.Response uploaded = browser.upload("/imports", "客户.csv", utf8(csv), "mode", "create", "_match", "on", "match",
				"phone", "_dryRun", "on");
		String id = idOf(uploaded);
		String page = browser.get("/imports/" + id).body();

		assertThat(uploaded.status()).isEqualTo(302);
		assertThat(page).contains("Check 客户.csv before importing", "Not started");
		assertThat(column(page, "客户名称")).contains("value=\"name\" selected");
		assertThat(column(page, "手机")).contains("value=\"phones\" selected");
		assertThat(column(page, "省份")).contains("value=\"province\" selected");
		assertThat(column(page, "内部编号")).contains("No field goes by this name").doesNotContain("\" selected");
		assertThat(previewRow(page, 2)).contains("new", name("甲") + "有限公司", "+86" + phone(1), "广东省 深圳市");
		assertThat(previewRow(page, 3)).contains("rejected", "手机: ", "12345");
		assertThat(between(page, "id=\"mode\"", "</fieldset>")).containsPattern(checked("create"));
		assertThat(between(page, "id=\"match\"", "</fieldset>")).containsPattern(checked("phone"))
			.doesNotContainPattern(checked("email"));
		assertThat(customersNamed(name("甲"))).isZero();
	}

	@Test
	void aChangedMappingIsKeptAndAFieldFedTwiceIsShownAtTheColumnThatFeedsItAgain() {
		String csv = "客户名称,手机,备注,内部编号\n" + name("丙") + "有限公司," + phone(2) + ",老客户,VIP\n";
		String id = idOf(browser.upload("/imports", "mapping.csv", utf8(csv)));

		Api.Response twice = browser.postForm("/imports/" + id, mapping("客户名称", "name", "手机", "phones", "备注", "notes",
				"内部编号", "notes"));
		Api.Response unknown = browser.postForm("/imports/" + id, mapping("客户名称", "name", "不存在的列", "phones"));
		Api.Response changed = browser.postForm("/imports/" + id, mapping("客户名称", "name", "手机", "phones", "备注", "",
				"内部编号", "tags"));
		String page = browser.get("/imports/" + id).body();

		assertThat(twice.status()).isEqualTo(200);
		assertThat(column(twice.body(), "内部编号")).contains("is-invalid", "Field notes is already fed by column &quot;备注&quot;.");
		assertThat(column(twice.body(), "备注")).doesNotContain("is-invalid");
		assertThat(column(unknown.body(), "不存在的列")).contains("The file has no column &quot;不存在的列&quot;.");
		assertThat(changed.status()).isEqualTo(302);
		assertThat(column(page, "内部编号")).contains("value=\"tags\" selected");
		assertThat(column(page, "备注")).doesNotContain("\" selected");
	}

	@Test
	void aStartedImportIsFollowedToItsResultWithCountsAndDownloadsAndCanBeReverted() {
		String csv = "客户名称,手机,城市\n" + name("丁") + "有限公司," + phone(3) + ",成都\n" + name("戊") + "有限公司,bad,成都\n";
		String id = idOf(browser.upload("/imports", "result.csv", utf8(csv)));

		Api.Response started = browser.postForm("/imports/" + id + "/start", mapping("客户名称", "name", "手机", "phones",
				"城市", "city"));
		String status = finished(id);
		String page = browser.get("/imports/" + id).body();

		assertThat(started.status()).isEqualTo(302);
		assertThat(browser.postForm("/imports/" + id + "/start").location()).as("a second click")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/imports/" + id));
		assertThat(status).doesNotContain("hx-trigger", "<html").contains("Completed", "The import is complete.");
		assertThat(between(page, "id=\"count-created\"", "</dd>")).contains(">1");
		assertThat(between(page, "id=\"count-rejected\"", "</dd>")).contains(">1");
		assertThat(page).contains("href=\"/api/v1/imports/" + id + "/errors?format=csv\"",
				"href=\"/api/v1/imports/" + id + "/errors?format=xlsx\"", "href=\"/api/v1/imports/" + id + "/raw\"",
				"action=\"/imports/" + id + "/revert\"", "data-confirm=");
		assertThat(browser.download("/api/v1/imports/" + id + "/errors?format=csv").text()).contains(name("戊"), "bad");
		assertThat(browser.download("/api/v1/imports/" + id + "/raw").body()).isEqualTo(utf8(csv));
		assertThat(customersNamed(name("丁"))).isEqualTo(1);

		Api.Response reverting = browser.postForm("/imports/" + id + "/revert");
		String revertPage = browser.get(path(reverting.location().orElseThrow())).body();
		assertThat(revertPage).contains("The revert of the import of result.csv has started");
		assertThat(finished(id)).contains("Reverted", "The import was reverted on");
		String after = browser.get("/imports/" + id).body();

		assertThat(after).contains("Reverted").doesNotContain("action=\"/imports/" + id + "/revert\"");
		assertThat(customersNamed(name("丁"))).isZero();
		assertThat(between(browser.get("/imports").body(), "id=\"recent-imports\"", "</table>")).contains("result.csv",
				"Reverted");
	}

	/**
	 * A file this small is imported before anyone sees it run, so the job is put in the middle of
	 * its run by hand: 400 of 1,000 rows done in the 100 seconds since it started.
	 */
	@Test
	void aRunningImportShowsRowsDoneRowsPerSecondAndTimeLeftAndKeepsPolling() {
		String id = idOf(browser.upload("/imports", "running.csv", utf8("客户名称\n" + name("己") + "\n")));
		Instant now = Instant.now();
		jdbc.sql("""
				update import_batches set status = 'running', rows_total = 1000, created_count = 390, rejected_count = 10,
				    started_at = ?, heartbeat_at = ? where id = ?""")
			.params(utc(now.minusSeconds(100)), utc(now), UUID.fromString(id))
			.update();

		String running = browser.get("/imports/" + id + "/progress").body();
		String page = browser.get("/imports/" + id).body();
		jdbc.sql("update import_batches set status = 'failed', failure = 'test', finished_at = ? where id = ?")
			.params(utc(now), UUID.fromString(id))
			.update();
		String failed = browser.get("/imports/" + id + "/progress").body();

		assertThat(running).contains("hx-get=\"/imports/" + id + "/progress\"", "hx-trigger=\"every 1s\"",
				"aria-valuenow=\"40\"", "400 of 1,000 rows", "Running")
			.containsPattern("[34]\\.\\d rows/s")
			.containsPattern("about 2 min \\d+ s left");
		assertThat(page).contains("id=\"import-status\"", "400 of 1,000 rows");
		assertThat(failed).doesNotContain("hx-trigger").contains("Failed", "The import stopped before its end");
	}

	@Test
	void aSavedMappingAppliesToTheNextFileWithTheSameColumns() {
		String first = idOf(browser.upload("/imports", "a.csv", utf8("单位,联系电话,编号\n" + name("庚") + "公司," + phone(4) + ",1\n")));
		Api.Response saved = browser.postForm("/imports/" + first + "/templates",
				and(mapping("单位", "name", "联系电话", "phones", "编号", "notes"), "templateName", "月度表" + run));
		String second = idOf(browser.upload("/imports", "b.csv", utf8("单位,编号,其他\n" + name("辛") + "公司,2,x\n")));
		String draft = browser.get("/imports/" + second).body();
		String templateId = between(draft, "<option value=\"", "\">月度表" + run).replaceAll("(?s).*<option value=\"", "");

		Api.Response applied = browser.postForm("/imports/" + second + "/templates/apply",
				and(mapping("单位", "name", "编号", "", "其他", ""), "templateId", templateId));
		String page = browser.get("/imports/" + second).body();

		assertThat(saved.status()).isEqualTo(302);
		assertThat(draft).contains("月度表" + run);
		assertThat(applied.status()).as(applied.body()).isEqualTo(302);
		assertThat(page).contains("The mapping 月度表" + run + " was applied to the columns it names.");
		assertThat(column(page, "编号")).contains("value=\"notes\" selected");
		assertThat(column(page, "其他")).doesNotContain("\" selected");
	}

	@Test
	void anUploadWithoutAFileOrWithOnlyAHeaderOrAnUnknownEncodingShowsTheProblemAtItsField() {
		Api.Response noFile = browser.upload("/imports", null, null, "mode", "update");
		Api.Response headerOnly = browser.upload("/imports", "empty.csv", utf8("客户名称,手机\n"));
		Api.Response badEncoding = browser.upload("/imports", "x.csv", utf8("客户名称\n" + name("壬") + "\n"), "encoding",
				"NO-SUCH-CHARSET");

		assertThat(noFile.status()).isEqualTo(200);
		assertThat(between(noFile.body(), "for=\"file\"", "for=\"encoding\"")).contains("is-invalid", "This field is required.");
		assertThat(between(noFile.body(), "id=\"mode\"", "</fieldset>")).containsPattern(checked("update"));
		assertThat(between(headerOnly.body(), "for=\"file\"", "for=\"encoding\"")).contains("is-invalid",
				"The file has a header but no data rows.");
		assertThat(between(badEncoding.body(), "for=\"encoding\"", "id=\"mode\"")).contains("is-invalid",
				"Not an encoding this server knows: NO-SUCH-CHARSET.");
		assertThat(browser.get("/imports").body()).contains("You have not imported anything yet.");
	}

	@Test
	void theImportPagesSpeakChinese() {
		String csv = "客户名称,手机\n" + name("癸") + "公司,123\n";
		Api chinese = browser.inLanguage("zh-CN");
		String id = idOf(chinese.upload("/imports", "中文.csv", utf8(csv)));

		String page = chinese.get("/imports/" + id).body();

		assertThat(page).contains("导入前检查 中文.csv", "列映射", "更新预览", "开始导入", "拒绝", "手机: ");
		assertThat(between(page, "<nav", "</nav>")).contains(">导入<");
	}

	/** Polls the progress fragment as the page does until the import has finished; returns the last fragment. */
	private String finished(String id) {
		String progress = "/imports/" + id + "/progress";
		return Poll.until(ImportJobs.TIMEOUT, ImportJobs.INTERVAL, () -> browser.get(progress).body(),
				fragment -> !pollsAgain(fragment, progress), () -> "Import " + id + " did not finish");
	}

	/** Whether the progress fragment asks the page to poll again, as it does while the import runs: its own path. */
	private static boolean pollsAgain(String fragment, String progress) {
		if (!fragment.contains("hx-trigger=\"every 1s\"")) {
			return false;
		}
		assertThat(fragment).contains("hx-get=\"" + progress + "\"");
		return true;
	}

	/** The form fields of a mapping: each header followed by the field it feeds ("" to leave it out). */
	private static String[] mapping(String... headersAndFields) {
		String[] form = new String[headersAndFields.length * 2];
		for (int i = 0; i < headersAndFields.length / 2; i++) {
			form[4 * i] = "headers[" + i + "]";
			form[4 * i + 1] = headersAndFields[2 * i];
			form[4 * i + 2] = "fields[" + i + "]";
			form[4 * i + 3] = headersAndFields[2 * i + 1];
		}
		return form;
	}

	private static String[] and(String[] form, String... namesAndValues) {
		String[] all = java.util.Arrays.copyOf(form, form.length + namesAndValues.length);
		System.arraycopy(namesAndValues, 0, all, form.length, namesAndValues.length);
		return all;
	}

	/** The path of a redirect's location, which may be absolute. */
	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private static String idOf(Api.Response upload) {
		assertThat(upload.status()).as(upload.body()).isEqualTo(302);
		String location = upload.location().orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** The mapping row of a column: its label, select and messages. */
	private static String column(String page, String header) {
		return between(page, ">" + header + "</label>", "</tr>");
	}

	/** A pattern for a ticked box or a chosen radio button of that value. */
	private static String checked(String value) {
		return "value=\"" + value + "\"\\s+checked";
	}

	private static String previewRow(String page, long number) {
		return between(page, "data-row=\"" + number + "\"", "</tr>");
	}

	private long customersNamed(String stem) {
		return browser.get("/api/v1/customers?q=" + Api.encode(stem)).json().get("items").size();
	}

	private String name(String stem) {
		return stem + run;
	}

	private String phone(int n) {
		return "13" + String.format("%09d", (phoneSeed + n * 7919) % 1_000_000_000);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to, start + 1);
		return start < 0 || end < 0 ? "" : text.substring(start, end);
	}

}
