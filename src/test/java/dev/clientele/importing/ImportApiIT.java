package dev.clientele.importing;

import static dev.clientele.support.ImportJobs.finished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class ImportApiIT extends DatabaseIT {

	/** A header with customer and contact columns. */
	private static final String CONTACT_HEADER = "客户名称,手机,级别,联系人,联系人手机,职务,联系人邮箱\n";

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	/** Makes each test's names, phones and emails its own, so that tests never match each other's rows. */
	String run;

	int phoneSeed;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
		run = UUID.randomUUID().toString().substring(0, 6);
		phoneSeed = (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 90_000_000L);
	}

	@Test
	void aCsvImportLoadsValidRowsRejectsBadOnesAndKeepsEveryOriginalRow() throws IOException {
		String csv = "客户名称,手机,邮箱,省份,城市,备注\r\n"
				+ name("甲") + "有限公司," + phone(1) + ",a" + run + "@example.cn,广东,深圳,\"第一行, 带逗号\"\r\n"
				+ name("乙") + "有限公司,12345,b" + run + "@example.cn,浙江省,杭州市,\r\n"
				+ name("丙") + "有限公司," + phone(3) + ",not-an-email,江苏,南京,\r\n"
				+ name("丁") + "有限公司," + phone(4) + ",,Guangdong,广州,\r\n";
		byte[] file = withBom(csv);

		Api.Response accepted = api.upload("/api/v1/imports", "客户.csv", file);

		assertThat(accepted.status()).isEqualTo(202);
		assertThat(accepted.location()).hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/imports/"));
		JsonNode job = finished(api, accepted.json().get("id").asString());
		assertThat(job.get("status").asString()).isEqualTo("completed");
		assertThat(job.get("rowsTotal").asLong()).isEqualTo(4);
		assertThat(job.at("/counts/created").asLong()).isEqualTo(2);
		assertThat(job.at("/counts/rejected").asLong()).isEqualTo(2);

		JsonNode first = customerNamed(name("甲") + "有限公司");
		assertThat(first.get("province").asString()).isEqualTo("广东省");
		assertThat(first.get("city").asString()).isEqualTo("深圳市");
		assertThat(first.at("/phones/0/e164").asString()).isEqualTo("+86" + phone(1));
		JsonNode fourth = customerNamed(name("丁") + "有限公司");
		assertThat(fourth.get("province").asString()).isEqualTo("广东省");
		String id = job.get("id").asString();
		JsonNode versions = api.get("/api/v1/customers/" + first.get("id").asString() + "/versions").json();
		assertThat(versions.at("/0/source").asString()).isEqualTo("import:" + id + "#2");

		Api.Download raw = api.download("/api/v1/imports/" + id + "/raw");
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.body()).isEqualTo(file);

		Api.Download errors = api.download("/api/v1/imports/" + id + "/errors?format=csv");
		List<CSVRecord> report = csv(errors.text());
		assertThat(report.get(0).values()).containsExactly("Row", "客户名称", "手机", "邮箱", "省份", "城市", "备注", "Reasons");
		assertThat(report).hasSize(3);
		assertThat(report.get(1).get(0)).isEqualTo("3");
		assertThat(report.get(1).get(2)).isEqualTo("12345");
		assertThat(report.get(1).get(7)).startsWith("手机: ");
		assertThat(report.get(2).get(0)).isEqualTo("4");
		assertThat(report.get(2).get(7)).startsWith("邮箱: ");
	}

	@Test
	void aGbkFileWithSemicolonsIsDetectedAndTheErrorReportSpeaksTheReadersLanguage() throws IOException {
		String csv = "名称;电话;城市\n" + name("戊") + "公司;" + phone(5) + ";成都\n" + name("己") + "公司;abc;成都\n";
		byte[] file = csv.getBytes(Charset.forName("GBK"));

		String id = api.upload("/api/v1/imports", "gbk.csv", file).json().get("id").asString();

		JsonNode job = finished(api, id);
		assertThat(job.at("/counts/created").asLong()).isEqualTo(1);
		assertThat(customerNamed(name("戊") + "公司").get("city").asString()).isEqualTo("成都市");
		Api.Download errors = api.inLanguage("zh-CN").download("/api/v1/imports/" + id + "/errors?format=csv");
		List<CSVRecord> report = csv(errors.text());
		assertThat(report.get(0).values()).containsExactly("行号", "名称", "电话", "城市", "原因");
		assertThat(report.get(1).get(1)).isEqualTo(name("己") + "公司");
		assertThat(api.download("/api/v1/imports/" + id + "/raw").body()).isEqualTo(file);
		Api.Download xlsx = api.download("/api/v1/imports/" + id + "/errors?format=xlsx");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
	}

	@Test
	void importingTheSameFileTwiceCreatesNothingNewAndSkipOrUpdateModesSaySo() {
		String csv = "客户名称,手机,级别\n" + name("庚") + "公司," + phone(6) + ",A\n" + name("辛") + "公司," + phone(7) + ",B\n";
		finished(api, api.upload("/api/v1/imports", "a.csv", utf8(csv)).json().get("id").asString());

		JsonNode again = finished(api, api.upload("/api/v1/imports", "a.csv", utf8(csv)).json().get("id").asString());
		JsonNode skipped = finished(api, api.upload("/api/v1/imports", "a.csv", utf8(csv), "mode", "skip").json().get("id").asString());
		String changed = "客户名称,手机,级别\n" + name("庚") + "公司," + phone(6) + ",C类客户\n";
		JsonNode updated = finished(api, api.upload("/api/v1/imports", "b.csv", utf8(changed), "mode", "update", "match", "phone")
			.json().get("id").asString());

		assertThat(again.at("/counts/created").asLong()).isZero();
		assertThat(again.at("/counts/rejected").asLong()).isEqualTo(2);
		assertThat(skipped.at("/counts/skipped").asLong()).isEqualTo(2);
		assertThat(updated.at("/counts/updated").asLong()).isEqualTo(1);
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name("庚"))).json().get("items")).hasSize(1);
		assertThat(customerNamed(name("庚") + "公司").get("level").asString()).isEqualTo("C");
	}

	@Test
	void rowsThatUpdateOneCustomerAreAppliedInTurnAndTheSameFileAgainChangesNothing() {
		String company = name("巳") + "公司";
		finished(api, api.upload("/api/v1/imports", "a.csv", utf8("客户名称,手机,级别\n" + company + "," + phone(18) + ",A\n"))
			.json().get("id").asString());
		String csv = "客户名称,手机,级别,行业\n" + company + "," + phone(18) + ",B,\n" + company + "," + phone(18) + ",,制造\n";

		JsonNode updated = finished(api, api.upload("/api/v1/imports", "u.csv", utf8(csv), "mode", "update").json()
			.get("id").asString());
		JsonNode again = finished(api, api.upload("/api/v1/imports", "u.csv", utf8(csv), "mode", "update").json()
			.get("id").asString());

		assertThat(updated.at("/counts/updated").asLong()).as("the second row sees the first one's level").isEqualTo(2);
		assertThat(again.at("/counts/unchanged").asLong()).isEqualTo(2);
		assertThat(again.at("/counts/updated").asLong()).isZero();
		JsonNode customer = customerNamed(company);
		assertThat(customer.get("level").asString()).isEqualTo("B");
		assertThat(customer.get("industry").asString()).isEqualTo("制造业");
		assertThat(customer.get("version").asInt()).as("created, then one version per updating row").isEqualTo(3);
	}

	@Test
	void levelIndustryAndSourceAreStoredAsVocabularyCodesAndAnUnknownValueRejectsItsRowNamingTheColumn() throws IOException {
		String csv = "客户名称,手机,级别,行业,来源\n" + name("未") + "公司," + phone(15) + ",a类客户,制造,官网\n"
				+ name("申") + "公司," + phone(16) + ",A+,Manufacturing,展会\n";

		JsonNode job = finished(api, api.upload("/api/v1/imports", "词表.csv", utf8(csv)).json().get("id").asString());

		assertThat(job.at("/counts/created").asLong()).isEqualTo(1);
		assertThat(job.at("/counts/rejected").asLong()).isEqualTo(1);
		JsonNode created = customerNamed(name("未") + "公司");
		assertThat(created.get("level").asString()).isEqualTo("A");
		assertThat(created.get("industry").asString()).isEqualTo("制造业");
		assertThat(created.get("source").asString()).isEqualTo("网站");
		String errors = "/api/v1/imports/" + job.get("id").asString() + "/errors";
		assertThat(csv(api.download(errors).text()).get(1).get(6))
			.isEqualTo("级别: “A+” is not in the level vocabulary: use the code, a label or a synonym of an active entry.");
		assertThat(csv(api.inLanguage("zh-CN").download(errors).text()).get(1).get(6))
			.isEqualTo("级别: 级别“A+”不在词表中：请填写启用条目的代码、名称或同义词。");
	}

	@Test
	void rowsOfOneFileMatchEachOther() {
		String csv = "客户名称,手机\n" + name("壬") + "公司," + phone(8) + "\n" + name("壬二") + "公司," + phone(8) + "\n";

		JsonNode job = finished(api, api.upload("/api/v1/imports", "dup.csv", utf8(csv)).json().get("id").asString());

		assertThat(job.at("/counts/created").asLong()).isEqualTo(1);
		List<CSVRecord> report = csv(api.download("/api/v1/imports/" + job.get("id").asString() + "/errors").text());
		assertThat(report.get(1).get(3)).contains("2");
	}

	@Test
	void aRevertBinsCreatedCustomersAndTakesBackUpdatesButKeepsLaterEdits() {
		String original = "客户名称,手机,级别,行业\n" + name("癸") + "公司," + phone(9) + ",A,制造\n";
		finished(api, api.upload("/api/v1/imports", "o.csv", utf8(original)).json().get("id").asString());
		String csv = "客户名称,手机,级别,行业\n" + name("癸") + "公司," + phone(9) + ",B,零售\n" + name("子") + "公司," + phone(10)
				+ ",C,\n";
		String id = finished(api, api.upload("/api/v1/imports", "u.csv", utf8(csv), "mode", "update").json().get("id").asString())
			.get("id").asString();
		JsonNode updated = customerNamed(name("癸") + "公司");
		String updatedId = updated.get("id").asString();
		api.patch("/api/v1/customers/" + updatedId, "{\"industry\": \"建筑\", \"version\": " + updated.get("version").asInt() + "}");

		Api.Response reverting = api.post("/api/v1/imports/" + id + "/revert");

		assertThat(reverting.status()).isEqualTo(202);
		assertThat(reverting.json().get("status").asString()).isIn("reverting", "reverted");
		assertThat(finished(api, id).get("status").asString()).isEqualTo("reverted");
		JsonNode after = api.get("/api/v1/customers/" + updatedId).json();
		assertThat(after.get("level").asString()).isEqualTo("A");
		assertThat(after.get("industry").asString()).isEqualTo("建筑业");
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name("子"))).json().get("items")).isEmpty();
		JsonNode versions = api.get("/api/v1/customers/" + updatedId + "/versions").json();
		assertThat(versions.at("/0/source").asString()).isEqualTo("revert:" + id);
		assertThat(api.post("/api/v1/imports/" + id + "/revert").status()).isEqualTo(409);
	}

	@Test
	void aRevertPutsBackALevelWhoseVocabularyEntryWasRetiredMeanwhile() {
		Api admin = apiWithRoles("system-admin");
		String code = "旧" + run;
		admin.post("/api/v1/vocabularies/level/entries",
				"{\"code\": \"" + code + "\", \"labelZh\": \"旧级" + run + "\", \"labelEn\": \"Old " + run + "\"}");
		String header = "客户名称,手机,级别\n" + name("酉") + "公司," + phone(17) + ",";
		finished(api, api.upload("/api/v1/imports", "old.csv", utf8(header + code + "\n")).json().get("id").asString());
		String id = finished(api, api.upload("/api/v1/imports", "new.csv", utf8(header + "B\n"), "mode", "update").json()
			.get("id").asString()).get("id").asString();
		admin.patch("/api/v1/vocabularies/level/entries/" + Api.encode(code), "{\"active\": false}");

		assertThat(api.post("/api/v1/imports/" + id + "/revert").status()).isEqualTo(202);

		assertThat(finished(api, id).get("status").asString()).isEqualTo("reverted");
		assertThat(customerNamed(name("酉") + "公司").get("level").asString()).isEqualTo(code);
	}

	@Test
	void anUpdatingImportUpdatesTheContactARowMatchesAddsANewOneRejectsABadOneWholeAndARevertTakesThemBack() {
		String company = name("卯") + "公司";
		String start = companyWithManager(company, 31);
		String csv = CONTACT_HEADER + start + ",张" + run + "," + phone(32) + ",总经理,\n" + start + ",李" + run + "," + phone(33) + ",,\n"
				+ start + "B,王" + run + "," + phone(34) + ",,not-an-email\n";

		JsonNode job = finished(api, api.upload("/api/v1/imports", "u.csv", utf8(csv), "mode", "update").json().get("id").asString());

		assertThat(job.at("/counts/updated").asLong()).isEqualTo(2);
		assertThat(job.at("/counts/rejected").asLong()).isEqualTo(1);
		String id = job.get("id").asString();
		assertThat(api.download("/api/v1/imports/" + id + "/errors?format=csv").text()).contains("联系人邮箱: ");
		String customer = customerNamed(company).get("id").asString();
		assertThat(customerNamed(company).get("level").asString()).as("the rejected row's level").isEqualTo("A");
		assertThat(contactTitles(customer)).containsOnly(entry("张" + run, "总经理"), entry("李" + run, ""));

		assertThat(api.post("/api/v1/imports/" + id + "/revert").status()).isEqualTo(202);

		assertThat(finished(api, id).get("status").asString()).isEqualTo("reverted");
		assertThat(contactTitles(customer)).containsOnly(entry("张" + run, "经理"));
		assertThat(customerNamed(company).get("level").asString()).isEqualTo("A");
	}

	@Test
	void anUpdatingDryRunCountsWhatWouldChangeAndWritesNothingToTheCustomersItMatches() {
		String company = name("辰") + "公司";
		String start = companyWithManager(company, 41);
		String csv = CONTACT_HEADER + start + "B,,,,\n" + start + "A,,,,\n" + start + ",张" + run + "," + phone(42) + ",经理,\n"
				+ start + ",李" + run + "," + phone(43) + ",,\n" + start + ",王" + run + "," + phone(44) + ",,not-an-email\n";

		JsonNode job = finished(api, api.upload("/api/v1/imports", "dry.csv", utf8(csv), "mode", "update", "dryRun", "true")
			.json().get("id").asString());

		assertThat(job.at("/counts/updated").asLong()).as("a new level, a new contact").isEqualTo(2);
		assertThat(job.at("/counts/unchanged").asLong()).as("the same level, the same contact").isEqualTo(2);
		assertThat(job.at("/counts/rejected").asLong()).isEqualTo(1);
		JsonNode customer = customerNamed(company);
		assertThat(customer.get("level").asString()).isEqualTo("A");
		assertThat(customer.get("version").asInt()).isEqualTo(1);
		assertThat(contactTitles(customer.get("id").asString())).containsOnly(entry("张" + run, "经理"));
	}

	/**
	 * Imports a company of level A with the phone {@code phone(n)} and one contact, 张 the manager
	 * (phone {@code phone(n + 1)}), and answers how a row of {@link #CONTACT_HEADER} matching it starts.
	 */
	private String companyWithManager(String company, int n) {
		String start = company + "," + phone(n) + ",";
		String csv = CONTACT_HEADER + start + "A,张" + run + "," + phone(n + 1) + ",经理,\n";
		finished(api, api.upload("/api/v1/imports", "c.csv", utf8(csv)).json().get("id").asString());
		return start;
	}

	/** The live contacts of a customer: name to title (empty without one). */
	private Map<String, String> contactTitles(String customer) {
		Map<String, String> titles = new HashMap<>();
		api.get("/api/v1/customers/" + customer + "/contacts")
			.json()
			.forEach(contact -> titles.put(contact.get("name").asString(), contact.path("title").asString("")));
		return titles;
	}

	@Test
	void aRevertInterruptedBetweenStepsResumesBelowTheLastRowItTookBack() {
		String csv = "客户名称,手机\n" + name("亥") + "一公司," + phone(21) + "\n" + name("亥") + "二公司," + phone(22) + "\n"
				+ name("亥") + "三公司," + phone(23) + "\n";
		String id = finished(api, api.upload("/api/v1/imports", "resume.csv", utf8(csv)).json().get("id").asString())
			.get("id").asString();
		// as a revert killed after its first step left it: row 4 (the last) counted as taken back
		jdbc.update("""
				update import_batches set status = 'reverting', reverted_by = created_by, revert_row = 4,
				    revert_deleted = 1, heartbeat_at = null
				where id = ?""", UUID.fromString(id));

		assertThat(finished(api, id).get("status").asString()).isEqualTo("reverted");

		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name("亥") + "一")).json().get("items")).isEmpty();
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name("亥") + "二")).json().get("items")).isEmpty();
		assertThat(customerNamed(name("亥") + "三公司").get("deletedAt").isNull()).isTrue();
		assertThat(jdbc.queryForObject("select revert_deleted from import_batches where id = ?", Long.class,
				UUID.fromString(id))).isEqualTo(3);
	}

	@Test
	void aDryRunCountsWhatWouldHappenAndWritesNoCustomer() {
		String csv = "客户名称,手机\n" + name("丑") + "公司," + phone(11) + "\n" + name("寅") + "公司,bad\n";

		JsonNode job = finished(api, api.upload("/api/v1/imports", "dry.csv", utf8(csv), "dryRun", "true").json().get("id").asString());

		assertThat(job.get("dryRun").asBoolean()).isTrue();
		assertThat(job.at("/counts/created").asLong()).isEqualTo(1);
		assertThat(job.at("/counts/rejected").asLong()).isEqualTo(1);
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name("丑"))).json().get("items")).isEmpty();
		assertThat(csv(api.download("/api/v1/imports/" + job.get("id").asString() + "/errors").text())).hasSize(2);
	}

	@Test
	void aDraftPreviewsItsFirstRowsAsTheyWouldBeStoredAndStartsWhenAsked() {
		String csv = "公司名称,电话,所在省份,城市\n" + name("卯") + "有限公司," + phone(12) + ",广东,佛山\n" + name("卯二")
				+ "有限公司,123,广东,佛山\n";
		Api.Response draft = api.upload("/api/v1/imports", "p.csv", utf8(csv), "start", "false");
		String id = draft.json().get("id").asString();

		JsonNode preview = api.get("/api/v1/imports/" + id + "/preview").json();

		assertThat(draft.status()).isEqualTo(201);
		assertThat(draft.json().get("status").asString()).isEqualTo("draft");
		assertThat(preview.at("/columns/0/field").asString()).isEqualTo("name");
		assertThat(preview.at("/rows/0/result").asString()).isEqualTo("CREATED");
		assertThat(preview.at("/rows/0/customer/profile/province").asString()).isEqualTo("广东省");
		assertThat(preview.at("/rows/1/result").asString()).isEqualTo("REJECTED");
		assertThat(preview.at("/rows/1/reasons/0/column").asString()).isEqualTo("电话");
		assertThat(preview.at("/rows/1/reasons/0/path").asString()).startsWith("phones[0]");
		assertThat(api.get("/api/v1/customers?q=" + Api.encode(name("卯"))).json().get("items")).isEmpty();
		assertThat(api.post("/api/v1/imports/" + id + "/start").status()).isEqualTo(202);
		assertThat(finished(api, id).at("/counts/created").asLong()).isEqualTo(1);
	}

	@Test
	void badUploadsAreRefusedNamingTheField() {
		Api.Response noFile = api.upload("/api/v1/imports", null, null, "mode", "create");
		Api.Response badMode = api.upload("/api/v1/imports", "x.csv", utf8("名称\nA\n"), "mode", "merge");
		Api.Response badMatch = api.upload("/api/v1/imports", "x.csv", utf8("名称\nA\n"), "match", "phone,shoe");
		Api.Response badMapping = api.upload("/api/v1/imports", "x.csv", utf8("名称\nA\n"), "mapping", "{\"不存在\": \"name\"}");
		Api.Response headerOnly = api.upload("/api/v1/imports", "x.csv", utf8("名称\n"));
		Api.Response xls = api.upload("/api/v1/imports", "x.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0 });

		assertThat(noFile.status()).isEqualTo(400);
		assertThat(noFile.contentType()).startsWith("application/problem+json");
		assertThat(noFile.errorFields()).containsExactly("file");
		assertThat(badMode.errorFields()).containsExactly("mode");
		assertThat(badMatch.errorFields()).containsExactly("match");
		assertThat(badMapping.errorFields()).containsExactly("mapping.不存在");
		assertThat(headerOnly.errorFields()).containsExactly("file");
		assertThat(xls.errorFields()).containsExactly("file");
		assertThat(api.get("/api/v1/imports").json()).isEmpty();
	}

	@Test
	void anImportIsAuditedOnceWithItsFileAndCounts() {
		String csv = "客户名称,手机\n" + name("辰") + "公司," + phone(13) + "\n" + name("巳") + "公司," + phone(14) + "\n";
		String id = finished(api, api.upload("/api/v1/imports", "audit.csv", utf8(csv)).json().get("id").asString())
			.get("id").asString();
		Api auditor = apiWithRoles("security-auditor");

		JsonNode entries = auditor.get("/api/v1/audit?entity=import&entityId=" + id).json().get("items");

		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).get("action").asString()).isEqualTo("customer.imported");
		assertThat(entries.get(0).get("detail").asString()).contains("audit.csv", "\"created\":2");
		assertThat(auditor.get("/api/v1/audit?action=customer.batchCreated").json().get("items").toString()).doesNotContain(id);
	}

	@Test
	void anotherUsersImportIsNotFound() {
		String id = api.upload("/api/v1/imports", "mine.csv", utf8("名称\n" + name("午") + "\n"), "start", "false").json()
			.get("id").asString();

		Api other = apiWithFullAccess();

		assertThat(other.get("/api/v1/imports/" + id).status()).isEqualTo(404);
		assertThat(other.download("/api/v1/imports/" + id + "/raw").status()).isEqualTo(404);
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

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] withBom(String text) {
		byte[] body = utf8(text);
		byte[] file = new byte[body.length + 3];
		file[0] = (byte) 0xEF;
		file[1] = (byte) 0xBB;
		file[2] = (byte) 0xBF;
		System.arraycopy(body, 0, file, 3, body.length);
		return file;
	}

	private static List<CSVRecord> csv(String text) {
		try {
			String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
			return new ArrayList<>(CSVFormat.EXCEL.parse(new StringReader(body)).getRecords());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
