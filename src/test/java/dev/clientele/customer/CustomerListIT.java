package dev.clientele.customer;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static dev.clientele.support.CustomerJsonFixture.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerListIT extends DatabaseIT {


	Api api;

	String batch;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
		batch = "b" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void filtersCombineWithAndOrNot() {
		create(aCompany("甲公司").with("city", "深圳市").with("level", "A").withTags(batch, "VIP").json());
		create(aCompany("乙公司").with("city", "深圳市").with("level", "C").withTags(batch).json());
		create(aPerson("丙先生").with("city", "广州市").with("level", "A").withTags(batch).json());
		create(aPerson("丁女士").withTags(batch).json());

		assertThat(names("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"深圳市\"}", "name")).containsExactly("乙公司", "甲公司");
		assertThat(names("{\"field\":\"level\",\"op\":\"in\",\"value\":[\"A\",\"B\"]}", "name"))
			.containsExactlyInAnyOrder("甲公司", "丙先生");
		assertThat(names("{\"or\":[{\"field\":\"city\",\"op\":\"eq\",\"value\":\"广州市\"},{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"VIP\"}]}", "name"))
			.containsExactlyInAnyOrder("甲公司", "丙先生");
		assertThat(names("{\"not\":{\"field\":\"kind\",\"op\":\"eq\",\"value\":\"company\"}}", "name"))
			.containsExactlyInAnyOrder("丙先生", "丁女士");
		assertThat(names("{\"field\":\"city\",\"op\":\"isEmpty\"}", "name")).containsExactly("丁女士");
		assertThat(names("{\"field\":\"name\",\"op\":\"contains\",\"value\":\"公司\"}", "name"))
			.containsExactlyInAnyOrder("甲公司", "乙公司");
		assertThat(names("{\"field\":\"city\",\"op\":\"startsWith\",\"value\":\"广\"}", "name")).containsExactly("丙先生");
	}

	@Test
	void sortingPutsCustomersWithoutAValueLast() {
		create(aPerson("一号").with("city", "Beijing").withTags(batch).json());
		create(aPerson("二号").withTags(batch).json());
		create(aPerson("三号").with("city", "Anqing").withTags(batch).json());

		assertThat(names(null, "city")).containsExactly("三号", "一号", "二号");
		assertThat(names(null, "-city")).containsExactly("一号", "三号", "二号");
	}

	@Test
	void pagingVisitsEveryCustomerOnceInOrderEvenWhileOthersAreInserted() {
		for (int i = 0; i < 7; i++) {
			create(aPerson("翻页" + i).with("city", i % 2 == 0 ? "苏州市" : null).withTags(batch).json());
		}
		for (String sort : List.of("name", "-city,name", "-updatedAt")) {
			List<String> seen = new ArrayList<>();
			String cursor = null;
			int pages = 0;
			do {
				JsonNode page = page(sort, 3, cursor);
				page.get("items").forEach(item -> seen.add(item.get("name").asString()));
				cursor = page.get("next").isNull() ? null : page.get("next").asString();
				if (pages == 0) {
					// a newcomer sorting before the cursor must not push rows onto the next page twice
					create(aPerson("翻页插队" + sort).withTags("other-" + batch).json());
				}
				pages++;
			}
			while (cursor != null);
			assertThat(seen).as(sort).hasSize(7).doesNotHaveDuplicates();
			if (sort.equals("name")) {
				assertThat(seen).isSorted();
			}
			assertThat(pages).isEqualTo(3);
		}
	}

	@Test
	void totalsAreCountedOnRequest() {
		create(aPerson("计数甲").withTags(batch).json());
		create(aPerson("计数乙").withTags(batch).json());

		JsonNode page = api.get("/api/v1/customers?count=true&filter=" + Api.encode(tagFilter(null))).json();

		assertThat(page.at("/total/count").asLong()).isEqualTo(2);
		assertThat(page.at("/total/exact").asBoolean()).isTrue();
	}

	@Test
	void badListParametersAnswer400NamingTheParameter() {
		assertThat(api.get("/api/v1/customers?sort=colour").errorFields()).containsExactly("sort");
		assertThat(api.get("/api/v1/customers?limit=201").errorFields()).containsExactly("limit");
		assertThat(api.get("/api/v1/customers?limit=0").errorFields()).containsExactly("limit");
		assertThat(api.get("/api/v1/customers?cursor=garbage").errorFields()).containsExactly("cursor");
		assertThat(api.get("/api/v1/customers?limit=many").errorFields()).containsExactly("limit");
		assertThat(api.get("/api/v1/customers?filter=" + Api.encode("{\"field\":\"colour\",\"op\":\"eq\",\"value\":1}"))
			.errorFields()).containsExactly("filter.field");
		create(aPerson("游标甲").withTags(batch).json());
		create(aPerson("游标乙").withTags(batch).json());
		String cursor = page("name", 1, null).get("next").asString();
		assertThat(api.get("/api/v1/customers?sort=-name&cursor=" + cursor).errorFields()).containsExactly("cursor");
	}

	private String tagFilter(String extra) {
		String tag = "{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + batch + "\"}";
		return extra == null ? tag : "{\"and\":[" + tag + "," + extra + "]}";
	}

	private JsonNode page(String sort, int limit, String cursor) {
		String url = "/api/v1/customers?limit=" + limit + "&filter=" + Api.encode(tagFilter(null)) + "&sort=" + Api.encode(sort)
				+ (cursor == null ? "" : "&cursor=" + cursor);
		Api.Response response = api.get(url);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private List<String> names(String filter, String sort) {
		Api.Response response = api.get("/api/v1/customers?limit=200&filter=" + Api.encode(tagFilter(filter)) + "&sort="
				+ Api.encode(sort));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		response.json().get("items").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

	private void create(String json) {
		Api.Response response = api.post("/api/v1/customers", json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

}
