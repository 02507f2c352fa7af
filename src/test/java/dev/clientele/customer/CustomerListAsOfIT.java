package dev.clientele.customer;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.VocabularyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerListAsOfIT extends DatabaseIT {

	Api api;

	String tag;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
		tag = "asof-" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void theListShowsCustomersAsTheyWereWithTheUsualFilterKeywordAndSort() throws InterruptedException {
		String first = create(aCompany("旧名称贸易有限公司").with("city", "北京市"));
		String second = create(aCompany("第二贸易有限公司").with("city", "上海市"));
		Instant then = pause();
		api.patch(first, "{\"version\": 1, \"name\": \"新名称贸易有限公司\", \"city\": \"上海市\"}");
		create(aCompany("后来贸易有限公司").with("city", "上海市"));
		api.delete(second);

		assertThat(names("", then)).containsExactlyInAnyOrder("旧名称贸易有限公司", "第二贸易有限公司");
		assertThat(names("&filter=" + cityIs("上海市"), then)).containsExactly("第二贸易有限公司");
		assertThat(names("&filter=" + cityIs("上海市"), null)).containsExactlyInAnyOrder("新名称贸易有限公司", "后来贸易有限公司");
		assertThat(names("&q=" + Api.encode("旧名称"), then)).containsExactly("旧名称贸易有限公司");
		assertThat(names("&q=" + Api.encode("旧名称"), null)).isEmpty();
		assertThat(names("&sort=-name", then)).containsExactly("第二贸易有限公司", "旧名称贸易有限公司");
		assertThat(names("&deleted=true", Instant.now())).containsExactly("第二贸易有限公司");

		JsonNode page = list("&count=true", then);
		assertThat(page.at("/total/count").asInt()).isEqualTo(2);
		assertThat(page.at("/items/0/recordedAt").isString()).isTrue();
	}

	@Test
	void pagesFollowOneAnotherWithoutGapsOrRepeats() throws InterruptedException {
		for (int i = 1; i <= 5; i++) {
			create(aCompany("翻页公司" + i).with("industry", VocabularyFixture.INDUSTRIES_SORTED.get(i - 1)));
		}
		Instant then = pause();
		create(aCompany("翻页公司6"));

		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = list("&sort=industry&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), then);
			page.get("items").forEach(item -> seen.add(item.get("name").asString()));
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null);

		assertThat(seen).containsExactly("翻页公司1", "翻页公司2", "翻页公司3", "翻页公司4", "翻页公司5");
	}

	@Test
	void scopeAndFieldPermissionsApplyAsInTheLiveList() throws InterruptedException {
		create(aCompany("权限历史公司").withPhone("138 0013 8000").with("notes", "机密备注"));
		Instant then = pause();
		Api marketer = apiWithRoles("marketer");
		Api rep = apiWithRoles("sales-rep");

		String seen = marketer.get("/api/v1/customers?asOf=" + then + "&filter=" + tagged()).body();
		assertThat(seen).contains("权限历史公司", "138****8000").doesNotContain("机密备注", "13800138000");
		Api.Response byNotes = marketer.get("/api/v1/customers?asOf=" + then + "&filter="
				+ Api.encode("{\"field\":\"notes\",\"op\":\"contains\",\"value\":\"机密\"}"));
		assertThat(byNotes.status()).isEqualTo(403);
		assertThat(rep.get("/api/v1/customers?asOf=" + then + "&filter=" + tagged()).json().get("items")).isEmpty();
	}

	@Test
	void asOfNowAFilterMatchesExactlyWhatTheLiveListMatches() throws InterruptedException {
		create(aCompany("甲方科技有限公司").with("city", "杭州市").with("level", "A").withEmail("a@jia.cn"));
		create(aCompany("乙方贸易有限公司").with("level", "B").withPhone("138 0013 8000"));
		api.post("/api/v1/customers", aCompany("丙方咨询有限公司").with("city", "苏州市").withTags(tag, "重点").json());
		create(aCompany("丁方物流有限公司").with("notes", "老客户"));
		Instant now = pause();

		for (String filter : List.of(
				"{\"not\":{\"field\":\"city\",\"op\":\"eq\",\"value\":\"杭州市\"}}",
				"{\"field\":\"city\",\"op\":\"isEmpty\"}",
				"{\"or\":[{\"field\":\"level\",\"op\":\"in\",\"value\":[\"A\",\"B\"]},{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"重点\"}]}",
				"{\"not\":{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"重点\"}}",
				"{\"field\":\"name\",\"op\":\"contains\",\"value\":\"方贸\"}",
				"{\"field\":\"name\",\"op\":\"startsWith\",\"value\":\"丙方\"}",
				"{\"field\":\"email\",\"op\":\"eq\",\"value\":\" A@JIA.cn\"}",
				"{\"field\":\"phone\",\"op\":\"eq\",\"value\":\"13800138000\"}",
				"{\"field\":\"createdAt\",\"op\":\"between\",\"value\":[\"2000-01-01\",null]}",
				"{\"not\":{\"field\":\"notes\",\"op\":\"contains\",\"value\":\"老\"}}")) {
			String both = Api.encode("{\"and\":[{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag + "\"}," + filter + "]}");
			assertThat(names("&sort=name&filter=" + both, now)).as(filter)
				.containsExactlyElementsOf(names("&sort=name&filter=" + both, null));
		}
	}

	@Test
	void badParametersAreNamed() {
		assertThat(api.get("/api/v1/customers?asOf=last-week").errorFields()).containsExactly("asOf");
		assertThat(api.get("/api/v1/customers?asOf=" + Instant.now() + "&cursor=nope").errorFields()).containsExactly("cursor");
		assertThat(api.get("/api/v1/customers?asOf=" + Instant.now() + "&sort=shoeSize").errorFields()).containsExactly("sort");
		assertThat(api.get("/api/v1/customers?asOf=" + Instant.now() + "&limit=0").errorFields()).containsExactly("limit");
	}

	private String create(CustomerJsonFixture customer) {
		return api.post("/api/v1/customers", customer.withTags(tag).json()).location().orElseThrow();
	}

	private List<String> names(String parameters, Instant at) {
		List<String> names = new ArrayList<>();
		list(parameters, at).get("items").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

	private JsonNode list(String parameters, Instant at) {
		String filtered = parameters.contains("filter=") ? parameters
				: parameters + "&filter=" + tagged();
		Api.Response response = api.get("/api/v1/customers?limit=50" + (at == null ? "" : "&asOf=" + at) + filtered);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private String tagged() {
		return Api.encode("{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag + "\"}");
	}

	private String cityIs(String city) {
		return Api.encode("{\"and\":[{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag
				+ "\"},{\"field\":\"city\",\"op\":\"eq\",\"value\":\"" + city + "\"}]}");
	}

	private static Instant pause() throws InterruptedException {
		Thread.sleep(5);
		Instant now = Instant.now();
		Thread.sleep(5);
		return now;
	}


}
