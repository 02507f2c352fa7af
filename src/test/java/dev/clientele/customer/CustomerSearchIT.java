package dev.clientele.customer;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static dev.clientele.support.CustomerJsonFixture.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerSearchIT extends DatabaseIT {


	Api api;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
	}

	@Test
	void aTwoCharacterChineseFragmentFindsTheName() {
		String id = create(aCompany("深圳市甄璎华电子有限公司").json());
		create(aCompany("广州市璎禾贸易有限公司").json());

		assertThat(names("甄璎")).containsExactly("深圳市甄璎华电子有限公司");
		assertThat(names("璎华电子")).containsExactly("深圳市甄璎华电子有限公司");
		assertThat(ids(search("甄璎华"))).containsExactly(id);
	}

	@Test
	void pinyinAndItsInitialsFindChineseNames() {
		create(aPerson("欧阳震宇").json());

		assertThat(names("ouyangzhenyu")).containsExactly("欧阳震宇");
		assertThat(names("zhenyu")).containsExactly("欧阳震宇");
		assertThat(names("oyzy")).containsExactly("欧阳震宇");
		assertThat(names("OYZY")).containsExactly("欧阳震宇");
	}

	@Test
	void phonesAreFoundByTheirLastDigitsOrTheWholeNumberInAnyFormat() {
		create(aPerson("钱多多").withPhone("139 1234 5678").json());

		assertThat(names("5678")).contains("钱多多");
		assertThat(names("345678")).contains("钱多多");
		assertThat(names("13912345678")).containsExactly("钱多多");
		assertThat(names("+86 139-1234-5678")).containsExactly("钱多多");
		assertThat(names("1234 5678")).containsExactly("钱多多");
	}

	@Test
	void emailsAreFoundByTheirPrefix() {
		create(aPerson("Grace Hopper").withEmail("grace.hopper@navy.example").json());

		assertThat(names("grace.hop")).containsExactly("Grace Hopper");
		assertThat(names("grace.hopper@navy.example")).containsExactly("Grace Hopper");
		assertThat(names("Grace Hop")).containsExactly("Grace Hopper");
	}

	@Test
	void contactNamesFindTheirCompany() {
		String id = create(aCompany("北京燕园咨询有限公司").json());
		api.post("/api/v1/customers/" + id + "/contacts", "{\"name\": \"司马相如\", \"title\": \"总经理\"}");

		assertThat(names("司马相如")).containsExactly("北京燕园咨询有限公司");
		assertThat(names("smxr")).containsExactly("北京燕园咨询有限公司");
	}

	@Test
	void changesAreSearchableAtOnceAndDeletedCustomersAreNotFound() {
		String id = create(aCompany("杭州青藤网络有限公司").json());
		api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"name\": \"杭州紫藤网络有限公司\"}");

		assertThat(names("青藤")).isEmpty();
		assertThat(names("紫藤")).containsExactly("杭州紫藤网络有限公司");

		api.delete("/api/v1/customers/" + id);
		assertThat(names("紫藤")).isEmpty();
		assertThat(ids(api.get("/api/v1/customers?deleted=true&q=" + Api.encode("紫藤")).json())).containsExactly(id);
	}

	@Test
	void aNameThatStartsWithTheKeywordRanksFirst() {
		create(aCompany("上海星河传媒有限公司").json());
		create(aCompany("星河湾物业有限公司").json());

		assertThat(names("星河")).containsExactly("星河湾物业有限公司", "上海星河传媒有限公司");
	}

	@Test
	void aKeywordCombinesWithAFilterAndASort() {
		create(aCompany("成都天府软件有限公司").with("city", "成都市").json());
		create(aCompany("重庆天府火锅有限公司").with("city", "重庆市").json());

		String filter = Api.encode("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"成都市\"}");
		JsonNode page = api.get("/api/v1/customers?q=" + Api.encode("天府") + "&filter=" + filter).json();
		assertThat(page.get("items")).hasSize(1);
		assertThat(page.at("/items/0/name").asString()).isEqualTo("成都天府软件有限公司");

		JsonNode sorted = api.get("/api/v1/customers?q=" + Api.encode("天府") + "&sort=-name").json();
		assertThat(sorted.at("/items/0/name").asString()).isEqualTo("重庆天府火锅有限公司");
	}

	@Test
	void pagingThroughRankedResultsVisitsEachMatchOnce() {
		for (String name : List.of("翠竹甲", "乙翠竹", "丙翠竹丙", "翠竹丁丁", "戊戊翠竹")) {
			create(aCompany(name).json());
		}
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = api.get("/api/v1/customers?limit=2&q=" + Api.encode("翠竹") + (cursor == null ? "" : "&cursor=" + cursor))
				.json();
			page.get("items").forEach(item -> seen.add(item.get("name").asString()));
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null);

		assertThat(seen).hasSize(5).doesNotHaveDuplicates();
		assertThat(seen.subList(0, 2)).containsExactly("翠竹甲", "翠竹丁丁");
	}

	@Test
	void keywordsShorterThanTwoCharactersAreRefusedWithAClearError() {
		Api.Response response = api.get("/api/v1/customers?q=" + Api.encode("田"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("q");
	}

	@Test
	void percentAndUnderscoreInAKeywordAreLiteral() {
		create(aCompany("百分百_科技").json());
		create(aCompany("百分百X科技").json());

		assertThat(names("百分百_")).containsExactly("百分百_科技");
	}

	private String create(String json) {
		Api.Response response = api.post("/api/v1/customers", json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private JsonNode search(String q) {
		Api.Response response = api.get("/api/v1/customers?q=" + Api.encode(q));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private List<String> names(String q) {
		List<String> names = new ArrayList<>();
		search(q).get("items").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

}
