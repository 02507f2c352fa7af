package dev.clientele.history;

import static dev.clientele.support.CustomerJsonFixture.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HistoryPagesIT extends DatabaseIT {

	Api api;

	@BeforeEach
	void setUp() {
		api = browserWithFullAccess();
	}

	@Test
	void theCustomerPageLoadsItsHistoryWithOldAndNewValues() {
		String id = created("历史客户", "北京市");
		Api.Response saved = api.postForm("/customers/" + id, "version", "1", "kind", "person", "name", "历史客户",
				"city", "上海市", "reason", "搬家了");
		assertThat(saved.status()).isEqualTo(302);

		assertThat(api.get("/customers/" + id).body()).contains("hx-get=\"/customers/" + id + "/history\"");
		String history = api.get("/customers/" + id + "/history").body();

		String me = api.get("/api/v1/me").json().get("name").asString();
		assertThat(history).contains("id=\"history-panel\"", "Version history", "Version 2", "by " + me, "via ui", "搬家了");
		assertThat(history).containsPattern("City</strong>:\\s*<span class=\"change-old\">北京市</span>\\s*→\\s*"
				+ "<span class=\"change-new\">上海市</span>");
	}

	@Test
	void theHistoryCanBeFilteredByFieldAndTwoVersionsCompared() {
		String id = created("对比客户", "北京市");
		api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"level\": \"A\"}");
		api.patch("/api/v1/customers/" + id, "{\"version\": 2, \"city\": \"广州市\"}");

		String levelOnly = api.get("/customers/" + id + "/history?field=level").body();
		assertThat(levelOnly).contains("Version 2").doesNotContain("Version 3", "广州市");

		String compared = api.get("/customers/" + id + "/history/compare?from=1&to=3").body();
		assertThat(compared).contains("Version 1 compared with version 3", "北京市", "广州市", "Level", "Key account");
		assertThat(api.inLanguage("zh-CN").get("/customers/" + id + "/history/compare?from=1&to=3").body()).contains("重点客户");
		assertThat(api.get("/customers/" + id + "/history/compare?from=1&to=1").body())
			.contains("The two versions hold the same values.");
	}

	@Test
	void theCustomerCanBeShownAsOfAChosenTime() throws InterruptedException {
		String id = created("时光客户", "北京市");
		Thread.sleep(1100);
		LocalDateTime between = LocalDateTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS);
		Thread.sleep(1100);
		api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"city\": \"上海市\"}");

		String then = api.get("/customers/" + id + "/history/as-of?at=" + between).body();
		assertThat(then).contains("Version 1, recorded", "北京市").doesNotContain("上海市");
		assertThat(api.get("/customers/" + id + "/history/as-of?at=2001-01-01T00:00").body())
			.contains("The customer did not exist at that time");
		Api.Response bad = api.get("/customers/" + id + "/history/as-of?at=yesterday");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("is-invalid", "Must be a date and time");
	}

	@Test
	void restoringAVersionFromThePageAddsANewVersion() {
		String id = created("回滚客户", "北京市");
		api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"city\": \"上海市\"}");

		Api.Response restored = api.postForm("/customers/" + id + "/versions/1/restore", "currentVersion", "2");

		assertThat(restored.status()).isEqualTo(302);
		assertThat(api.get("/api/v1/customers/" + id).json().get("city").asString()).isEqualTo("北京市");
		assertThat(api.get("/api/v1/customers/" + id + "/versions").json().get(0).get("source").asString())
			.isEqualTo("restore:1");
		assertThat(api.postForm("/customers/" + id + "/versions/1/restore", "currentVersion", "2").status()).isEqualTo(409);
	}

	@Test
	void aContactsHistoryIsLinkedFromTheCustomerPage() {
		String customer = api.post("/api/v1/customers", dev.clientele.support.CustomerJsonFixture.aCompany("联系人页面公司").json())
			.json()
			.get("id")
			.asString();
		String contact = api.post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"赵经理\", \"title\": \"经理\"}")
			.json()
			.get("id")
			.asString();
		api.patch("/api/v1/contacts/" + contact, "{\"version\": 1, \"title\": \"总监\"}");

		assertThat(api.get("/customers/" + customer).body()).contains("href=\"/contacts/" + contact + "/history\"");
		String history = api.get("/contacts/" + contact + "/history").body();
		assertThat(history).contains("History of 赵经理", "Version 2").containsPattern(
				"Title</strong>:\\s*<span class=\"change-old\">经理</span>\\s*→\\s*<span class=\"change-new\">总监</span>");
	}

	private String created(String name, String city) {
		return api.post("/api/v1/customers", aPerson(name).with("city", city).json()).json().get("id").asString();
	}

}
