package dev.clientele.exporting;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerExportIT extends DatabaseIT {

	Api api;

	String tag;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
		tag = "exp-" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void aCsvExportIsUtf8WithBomHoldsWhatTheListShowsAndNeutralisesFormulas() throws IOException {
		create(aCompany("导出测试有限公司").withPhone("138 0013 8000")
			.withEmail("sales@export.cn")
			.with("city", "杭州市")
			.with("level", "B级"));
		create(aCompany("=HYPERLINK(\"http://evil\")").with("notes", "@SUM(A1)").with("city", "杭州市"));
		create(aCompany("不在列表里的公司").with("city", "苏州市"));

		Api.Download file = api.download("/api/v1/customers/export?format=csv&sort=name&filter=" + inCity("杭州市"));

		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).startsWith("text/csv");
		assertThat(file.contentDisposition()).startsWith("attachment").contains(".csv");
		assertThat(file.body()[0]).isEqualTo((byte) 0xEF);
		List<CSVRecord> rows = csv(file);
		assertThat(rows.get(0).values()).contains("ID", "Name", "Phones", "Emails", "City", "Owner", "Created", "Version");
		assertThat(rows).hasSize(3);
		assertThat(column(rows, "Name")).containsExactly("'=HYPERLINK(\"http://evil\")", "导出测试有限公司");
		assertThat(column(rows, "Notes")).contains("'@SUM(A1)");
		assertThat(column(rows, "Phones")).contains("138 0013 8000");
		assertThat(column(rows, "Emails")).contains("sales@export.cn");
		assertThat(column(rows, "Level")).containsExactly("", "Important account");
	}

	@Test
	void anXlsxExportHoldsTheSameRowsAndHeadsThemInTheReadersLanguage() throws IOException {
		create(aCompany("表格导出有限公司").with("city", "宁波市").withPhone("+86 138 0013 8000").with("level", "A级"));
		create(aCompany("表格导出第二公司").with("city", "宁波市").with("notes", "=1+1"));

		Api.Download file = api.inLanguage("zh-CN").download("/api/v1/customers/export?format=xlsx&sort=name&filter=" + tagged());

		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentDisposition()).contains(".xlsx");
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
				rows.add(cells);
			}
		}
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).contains("客户ID", "城市");
		assertThat(rows.get(1)).contains("表格导出有限公司", "宁波市", "+86 138 0013 8000", "重点客户");
		assertThat(rows.get(2)).contains("表格导出第二公司", "=1+1");
	}

	@Test
	void maskedFieldsStayMaskedAndHiddenOnesAreLeftOut() throws IOException {
		create(aCompany("权限导出公司").withPhone("138 0013 8000").with("notes", "机密备注"));
		Api marketer = apiWithRoles("marketer");

		Api.Download file = marketer.download("/api/v1/customers/export?format=csv&filter=" + tagged());

		assertThat(file.status()).isEqualTo(200);
		List<CSVRecord> rows = csv(file);
		assertThat(rows.get(0).values()).doesNotContain("Notes");
		assertThat(file.text()).contains("138****8000").doesNotContain("机密备注", "0013 8000");
		assertThat(apiWithRoles("sales-rep").download("/api/v1/customers/export?format=csv").status()).isEqualTo(403);
	}

	@Test
	void anExportHoldsOnlyTheCustomersInTheReadersScope() {
		String roleKey = "own-exporter-" + UUID.randomUUID().toString().substring(0, 4);
		roles.define(new dev.clientele.access.DefineRole(roleKey, "Exports own customers", dev.clientele.access.DataScope.OWN,
				java.util.Set.of(dev.clientele.access.Permission.CUSTOMER_READ, dev.clientele.access.Permission.CUSTOMER_CREATE,
						dev.clientele.access.Permission.CUSTOMER_UPDATE,
						dev.clientele.access.Permission.CUSTOMER_EXPORT),
				java.util.Map.of()));
		Api mine = apiWithRoles(roleKey);
		Api theirs = apiWithRoles(roleKey);
		assertThat(mine.post("/api/v1/customers", aCompany("我的导出客户").withTags(tag).json()).status()).isEqualTo(201);
		assertThat(mine.get("/api/v1/customers?filter=" + tagged()).body()).contains("我的导出客户");
		theirs.post("/api/v1/customers", aCompany("别人的导出客户").withTags(tag).json());

		String file = mine.download("/api/v1/customers/export?format=csv&filter=" + tagged()).text();

		assertThat(file).contains("我的导出客户").doesNotContain("别人的导出客户");
	}

	@Test
	void anExportAsOfAnInstantShowsTheCustomersAsTheyWere() throws Exception {
		String path = create(aCompany("改名前公司"));
		Thread.sleep(5);
		Instant before = Instant.now();
		Thread.sleep(5);
		api.patch(path, "{\"version\": 1, \"name\": \"改名后公司\"}");

		String then = api.download("/api/v1/customers/export?format=csv&asOf=" + before + "&filter=" + tagged()).text();
		String now = api.download("/api/v1/customers/export?format=csv&filter=" + tagged()).text();

		assertThat(then).contains("改名前公司").doesNotContain("改名后公司");
		assertThat(now).contains("改名后公司").doesNotContain("改名前公司");
	}

	@Test
	void everyExportIsAuditedWithItsQueryAndRowCount() {
		create(aCompany("审计导出公司"));
		Api auditor = apiWithRoles("security-auditor");

		api.download("/api/v1/customers/export?format=csv&filter=" + tagged());

		JsonNode entries = auditor.get("/api/v1/audit?action=customer.exported").json().get("items");
		assertThat(entries).isNotEmpty();
		JsonNode latest = entries.get(0);
		assertThat(latest.get("outcome").asString()).isEqualTo("success");
		assertThat(latest.get("detail").asString()).contains("\"rows\":1", tag, "\"format\":\"csv\"");
	}

	@Test
	void badParametersAreRefusedBeforeAnythingIsWritten() {
		Api.Response badFormat = api.get("/api/v1/customers/export?format=pdf");
		Api.Response badFilter = api.get("/api/v1/customers/export?format=csv&filter=" + Api.encode("{\"field\":\"shoeSize\",\"op\":\"eq\",\"value\":1}"));
		Api.Response badAsOf = api.get("/api/v1/customers/export?asOf=soon");

		assertThat(badFormat.errorFields()).containsExactly("format");
		assertThat(badFilter.status()).isEqualTo(400);
		assertThat(badFilter.contentType()).startsWith("application/problem+json");
		assertThat(badFilter.errorFields()).containsExactly("filter.field");
		assertThat(badAsOf.errorFields()).containsExactly("asOf");
	}

	private String create(dev.clientele.support.CustomerJsonFixture customer) {
		return api.post("/api/v1/customers", customer.withTags(tag).json()).location().orElseThrow();
	}

	private String tagged() {
		return Api.encode("{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag + "\"}");
	}

	private String inCity(String city) {
		return Api.encode("{\"and\":[{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag
				+ "\"},{\"field\":\"city\",\"op\":\"eq\",\"value\":\"" + city + "\"}]}");
	}

	private static List<CSVRecord> csv(Api.Download file) throws IOException {
		String text = file.text().substring(1);
		return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
	}

	private static List<String> column(List<CSVRecord> rows, String header) {
		int index = List.of(rows.get(0).values()).indexOf(header);
		return rows.stream().skip(1).map(row -> row.get(index)).toList();
	}



}
