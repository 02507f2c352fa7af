package dev.clientele.importing;

import static dev.clientele.support.ImportJobs.finished;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What becomes of imported rows afterwards: workbooks, saved mappings, the subject's erasure. */
class ImportedDataIT extends DatabaseIT {

	Api api;

	String run;

	long phoneBase;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
		run = UUID.randomUUID().toString().substring(0, 6);
		phoneBase = 13_000_000_000L + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 900_000_000L);
	}

	@Test
	void aWorkbookWithNumericPhonesDatesAndFullWidthDigitsImportsAsTyped() throws IOException {
		String field = "signed" + run;
		api.post("/api/v1/custom-fields", "{\"entity\": \"customer\", \"key\": \"" + field
				+ "\", \"label\": \"签约日期" + run + "\", \"type\": \"date\"}");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("客户");
		sheet.value(0, 0, "客户名称");
		sheet.value(0, 1, "手机号码");
		sheet.value(0, 2, "签约日期" + run);
		sheet.value(0, 3, "电话");
		sheet.value(1, 0, "表格" + run + "有限公司");
		sheet.value(1, 1, (double) phoneBase);
		sheet.value(1, 2, LocalDate.of(2024, 3, 5));
		sheet.style(1, 2).format("yyyy-mm-dd").set();
		sheet.value(1, 3, "０２１－６２３４５６７８");
		workbook.finish();

		JsonNode job = finished(api, api.upload("/api/v1/imports", "客户.xlsx", out.toByteArray()).json().get("id").asString());

		assertThat(job.at("/counts/created").asLong()).isEqualTo(1);
		JsonNode customer = named("表格" + run + "有限公司");
		assertThat(customer.at("/phones/0/e164").asString()).isEqualTo("+86" + phoneBase);
		assertThat(customer.at("/phones/1/e164").asString()).isEqualTo("+862162345678");
		assertThat(customer.at("/customFields/" + field).asString()).isEqualTo("2024-03-05");
		assertThat(api.download("/api/v1/imports/" + job.get("id").asString() + "/raw").body()).isEqualTo(out.toByteArray());
	}

	@Test
	void aSavedMappingFeedsAColumnTheAutomaticMappingWouldNotKnow() {
		Api.Response saved = api.post("/api/v1/import-mappings",
				"{\"name\": \"CRM导出" + run + "\", \"mapping\": \"{\\\"单位\\\": \\\"name\\\", \\\"联系方式\\\": \\\"phones\\\"}\"}");
		String mapping = api.get("/api/v1/import-mappings").json().get(0).get("mapping").asString();
		String csv = "单位,联系方式\n映射" + run + "公司," + phoneBase + "\n";

		JsonNode job = finished(api, api.upload("/api/v1/imports", "m.csv", csv.getBytes(StandardCharsets.UTF_8), "mapping", mapping)
			.json().get("id").asString());

		assertThat(saved.status()).isEqualTo(201);
		assertThat(job.at("/counts/created").asLong()).isEqualTo(1);
		assertThat(named("映射" + run + "公司").at("/phones/0/number").asString()).isEqualTo(Long.toString(phoneBase));
		assertThat(api.post("/api/v1/import-mappings", "{\"name\": \"坏的\", \"mapping\": \"[1]\"}").errorFields())
			.containsExactly("mapping");
	}

	@Test
	void erasingAnImportedCustomerTakesItsRowsOutOfEveryStoredCopyOfTheFile() {
		String keep = "保留" + run + "公司," + phoneBase + "\r\n";
		String gone = "删除" + run + "公司," + (phoneBase + 1) + "\r\n";
		byte[] file = ("客户名称,手机\r\n" + keep + gone).getBytes(StandardCharsets.UTF_8);
		String first = finished(api, api.upload("/api/v1/imports", "e.csv", file).json().get("id").asString()).get("id").asString();
		String second = finished(api, api.upload("/api/v1/imports", "e.csv", file).json().get("id").asString()).get("id").asString();
		String id = named("删除" + run + "公司").get("id").asString();
		assertThat(api.get("/api/v1/customers/" + id + "/personal-data").json().at("/parts/importRows").toString())
			.contains("删除" + run + "公司");

		Api.Response erased = api.post("/api/v1/customers/" + id + "/erasure", "{\"reason\": \"依法删除\"}");

		assertThat(erased.status()).isEqualTo(200);
		for (String batch : new String[] { first, second }) {
			assertThat(api.get("/api/v1/imports/" + batch).json().get("redacted").asBoolean()).isTrue();
			assertThat(new String(api.download("/api/v1/imports/" + batch + "/raw").body(), StandardCharsets.UTF_8))
				.isEqualTo("客户名称,手机\r\n" + keep);
		}
	}

	private JsonNode named(String name) {
		for (JsonNode item : api.get("/api/v1/customers?q=" + Api.encode(name)).json().get("items")) {
			if (item.get("name").asString().equals(name)) {
				return item;
			}
		}
		throw new AssertionError("No customer " + name);
	}

}
