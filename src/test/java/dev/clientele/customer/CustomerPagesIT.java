package dev.clientele.customer;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static dev.clientele.support.CustomerJsonFixture.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CustomerPagesIT extends DatabaseIT {


	Api api;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		api = browserWithFullAccess();
	}

	@Test
	void theListShowsACreatedCustomerAndFindsItByATwoCharacterChineseFragment() {
		api.post("/api/v1/customers", aCompany("杭州云栖茶业有限公司").with("city", "杭州市").json());
		api.post("/api/v1/customers", aPerson("周八").json());

		assertThat(api.get("/customers").body()).contains("杭州云栖茶业有限公司");
		Api.Response found = api.get("/customers?q=" + Api.encode("云栖"));
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("杭州云栖茶业有限公司").doesNotContain("周八");
		assertThat(api.get("/customers?city=" + Api.encode("杭州市")).body()).contains("杭州云栖茶业有限公司")
			.doesNotContain("周八");
	}

	@Test
	void theListOffersAnExportOfWhatItShowsThatDownloadsWithTheSession() {
		api.post("/api/v1/customers", aCompany("导出链接有限公司").with("city", "温州市").json());
		api.post("/api/v1/customers", aCompany("别的城市有限公司").with("city", "台州市").json());

		String page = api.get("/customers?city=" + Api.encode("温州市")).body();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/api/v1/customers/export\\?format=csv[^\"]*)\"")
			.matcher(page);
		assertThat(link.find()).isTrue();
		Api.Download file = api.download(link.group(1).replace("&amp;", "&"));

		assertThat(file.status()).isEqualTo(200);
		assertThat(file.text()).contains("导出链接有限公司").doesNotContain("别的城市有限公司");
	}

	@Test
	void aOneCharacterSearchShowsTheMessageAtTheSearchBoxInsteadOfFailing() {
		Api.Response page = api.get("/customers?q=" + Api.encode("云"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(after(page.body(), "id=\"q-error\"")).startsWith("<span>Type at least 2 characters.</span>");
	}

	@Test
	void theListSortsByAColumnAndTheHeaderLinkTogglesTheDirection() {
		api.post("/api/v1/customers", aPerson("排序 A").with("city", "排序城").json());
		api.post("/api/v1/customers", aPerson("排序 B").with("city", "排序城").json());
		String city = "&city=" + Api.encode("排序城");

		String ascending = api.get("/customers?sort=name" + city).body();
		String descending = api.get("/customers?sort=-name" + city).body();

		assertThat(ascending.indexOf("排序 A")).isLessThan(ascending.indexOf("排序 B"));
		assertThat(descending.indexOf("排序 B")).isLessThan(descending.indexOf("排序 A"));
		assertThat(ascending).contains("sort=-name");
	}

	@Test
	void creatingThroughTheFormRedirectsToTheNewCustomersPage() {
		Api.Response created = api.postForm("/customers", "kind", "person", "name", "表单创建", "phones[0].number",
				"13800138123", "phones[0].label", "手机", "phones[1].number", "", "tags", "VIP, 老客户");

		assertThat(created.status()).isEqualTo(302);
		String page = api.get(path(created)).body();
		assertThat(page).contains("表单创建", "+8613800138123", "VIP", "老客户");
	}

	@Test
	void levelIndustryAndSourceAreSelectsOfTheVocabularyLabelledInTheReadersLanguage() {
		String chinese = api.inLanguage("zh-CN").get("/customers/new").body();
		String english = api.get("/customers/new").body();

		assertThat(chinese).contains("<select class=\"form-select\" id=\"level\" name=\"level\">",
				"<option value=\"A\">重点客户</option>", "<option value=\"制造业\">制造业</option>",
				"<option value=\"网站\">网站</option>");
		assertThat(english).contains("<option value=\"A\">Key account</option>",
				"<option value=\"制造业\">Manufacturing</option>", "<option value=\"网站\">Website</option>");
	}

	@Test
	void aCustomerCreatedThroughTheFormStoresTheCodesAndItsPagesShowTheLabels() {
		Api.Response created = api.postForm("/customers", "kind", "company", "name", "词表表单公司", "level", "B", "industry",
				"制造业", "source", "展会");

		String path = path(created);
		assertThat(api.get("/api/v1" + path).json().get("level").asString()).isEqualTo("B");
		assertThat(api.get(path).body()).contains("Important account", "Manufacturing", "Trade show");
		assertThat(api.inLanguage("zh-CN").get(path).body()).contains("重要客户", "制造业", "展会");
		assertThat(api.get("/customers?q=" + Api.encode("词表表单")).body()).contains("Important account");
		assertThat(api.get("/customers?level=B&q=" + Api.encode("词表表单")).body()).contains("词表表单公司");
		assertThat(api.get("/customers?level=A&q=" + Api.encode("词表表单")).body()).doesNotContain("词表表单公司");
	}

	@Test
	void aValueTheVocabularyDoesNotHaveShowsTheErrorAtItsSelect() {
		Api.Response page = api.postForm("/customers", "kind", "person", "name", "坏级别客户", "level", "Z");

		assertThat(page.status()).isEqualTo(200);
		String atLevel = after(page.body(), "name=\"level\"");
		assertThat(atLevel.substring(0, atLevel.indexOf("name=\""))).contains("“Z” is not in the level vocabulary");
	}

	@Test
	void aCustomerKeepsAValueStoredBeforeTheVocabularyWhenEditedThroughTheForm() {
		String id = api.post("/api/v1/customers", aPerson("旧级别客户").json()).json().get("id").asString();
		jdbc.sql("update customers set level = '金牌' where id = ?").param(java.util.UUID.fromString(id)).update();

		String form = api.get("/customers/" + id + "/edit").body();
		assertThat(form).contains("value=\"金牌\"", "金牌 (not in the vocabulary)");

		Api.Response saved = api.postForm("/customers/" + id, "version", "1", "kind", "person", "name", "旧级别客户",
				"level", "金牌", "city", "北京市");
		assertThat(saved.status()).isEqualTo(302);
		JsonNode customer = api.get("/api/v1/customers/" + id).json();
		assertThat(customer.get("level").asString()).isEqualTo("金牌");
		assertThat(customer.get("city").asString()).isEqualTo("北京市");
	}

	@Test
	void aFormWithAnInvalidPhoneShowsTheErrorAtThatFieldAndCreatesNothing() {
		Api.Response page = api.postForm("/customers", "kind", "person", "name", "坏号码客户", "phones[0].number", "12",
				"id", "not-bound", "createdAt", "2020-01-01");

		assertThat(page.status()).isEqualTo(200);
		String atPhone = after(page.body(), "name=\"phones[0].number\"");
		assertThat(atPhone.substring(0, atPhone.indexOf("name=\""))).contains("Not a valid phone number: 12");
		assertThat(page.body()).contains("value=\"坏号码客户\"");
		assertThat(api.get("/customers?q=" + Api.encode("坏号码")).body()).doesNotContain("坏号码客户");
	}

	@Test
	void editingWithAStaleVersionShowsTheConflictMessageAndKeepsTheInput() {
		String id = api.post("/api/v1/customers", aPerson("过期版本").with("city", "北京市").json()).json().get("id").asString();
		api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"city\": \"天津市\"}");

		Api.Response page = api.postForm("/customers/" + id, "version", "1", "kind", "person", "name", "过期版本",
				"city", "上海市");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("The record was changed by someone else since you loaded it")
			.contains("value=\"上海市\"");
		assertThat(api.get("/api/v1/customers/" + id).json().get("city").asString()).isEqualTo("天津市");
	}

	@Test
	void aChineseAcceptLanguageRendersChineseLabelsAndLangEnSwitchesToEnglish() {
		Api chinese = api.inLanguage("zh-CN,zh;q=0.9");

		assertThat(chinese.get("/customers").body()).contains("新建客户", "回收站", "自定义字段");
		assertThat(chinese.get("/customers?lang=en").body()).contains("New customer", "Recycle bin")
			.doesNotContain("新建客户");
	}

	@Test
	void aDeletedCustomersPageAnswers404AndItAppearsInTheRecycleBinUntilRestored() {
		String id = api.post("/api/v1/customers", aPerson("回收站客户").json()).json().get("id").asString();

		Api.Response deleted = api.postForm("/customers/" + id + "/delete");
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(path(deleted)).isEqualTo("/customers");

		Api.Response gone = api.get("/customers/" + id);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.body()).contains("Not found", "Back to the customers");
		assertThat(api.get("/customers/not-an-id").status()).isEqualTo(404);
		assertThat(api.get("/recycle-bin").body()).contains("回收站客户");

		assertThat(api.postForm("/customers/" + id + "/restore").status()).isEqualTo(302);
		assertThat(api.get("/customers/" + id).status()).isEqualTo(200);
		assertThat(api.get("/recycle-bin").body()).doesNotContain("回收站客户");
	}

	@Test
	void aContactAddedToACompanyIsListedOnItsPage() {
		String id = api.post("/api/v1/customers", aCompany("联系人公司").json()).json().get("id").asString();

		Api.Response added = api.postForm("/customers/" + id + "/contacts", "name", "钱经理", "title", "采购经理",
				"phones[0].number", "13900139000", "primary", "true");

		assertThat(added.status()).isEqualTo(302);
		assertThat(api.get("/customers/" + id).body()).contains("钱经理", "采购经理", "Primary contact");
	}

	private static String after(String html, String marker) {
		int at = html.indexOf(marker);
		assertThat(at).as("the page contains " + marker).isNotNegative();
		return html.substring(html.indexOf('>', at) + 1).strip();
	}

	private static String path(Api.Response redirect) {
		return java.net.URI.create(redirect.location().orElseThrow()).getPath();
	}

}
