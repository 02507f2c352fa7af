package dev.clientele.customfield;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomFieldApiIT extends DatabaseIT {


	Api api;

	String suffix;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
		suffix = UUID.randomUUID().toString().substring(0, 6).replace("-", "");
	}

	@Test
	void definedFieldsAreValidatedByTypeOnEveryWrite() {
		String tier = define("tier" + suffix, "single_select", false, false, "[\"金牌\", \"银牌\"]");
		String since = define("since" + suffix, "date", false, false, null);

		Api.Response bad = api.post("/api/v1/customers",
				aCompany("类型校验公司").withCustomField(tier, "铜牌").withCustomField(since, "yesterday")
					.withCustomField("nosuch" + suffix, 1).json());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("customFields." + tier, "customFields." + since,
				"customFields.nosuch" + suffix);

		Api.Response good = api.post("/api/v1/customers",
				aCompany("类型校验公司").withCustomField(tier, "金牌").withCustomField(since, "2024-03-01").json());
		assertThat(good.status()).isEqualTo(201);
		assertThat(good.json().at("/customFields/" + tier).asString()).isEqualTo("金牌");

		String path = good.location().get();
		assertThat(api.patch(path, "{\"version\": 1, \"customFields\": {\"" + since + "\": \"2024-13-01\"}}").errorFields())
			.containsExactly("customFields." + since);
		JsonNode patched = api.patch(path, "{\"version\": 1, \"customFields\": {\"" + since + "\": null}}").json();
		assertThat(patched.at("/customFields").has(since)).isFalse();
		assertThat(patched.at("/customFields/" + tier).asString()).isEqualTo("金牌");
	}

	@Test
	void customFieldsFilterAndSortLikeStandardFields() {
		String score = define("score" + suffix, "decimal", false, false, null);
		String tags = define("areas" + suffix, "multi_select", false, false, "[\"华南\", \"华东\", \"华北\"]");
		create(aCompany("分数甲").withCustomField(score, "12.5").withCustomField(tags, List.of("华南", "华东")).json());
		create(aCompany("分数乙").withCustomField(score, 99).withCustomField(tags, List.of("华北")).json());
		create(aCompany("分数丙").withCustomField(tags, List.of("华南")).json());

		String inBatch = "{\"field\":\"customFields." + tags + "\",\"op\":\"isEmpty\",\"value\":false}";
		assertThat(names("{\"and\":[" + inBatch + ",{\"field\":\"customFields." + score
				+ "\",\"op\":\"between\",\"value\":[10,50]}]}", null)).containsExactly("分数甲");
		assertThat(names("{\"field\":\"customFields." + tags + "\",\"op\":\"eq\",\"value\":\"华南\"}", "name"))
			.containsExactlyInAnyOrder("分数甲", "分数丙");
		assertThat(names(inBatch, "-customFields." + score)).containsExactly("分数乙", "分数甲", "分数丙");
		assertThat(api.get("/api/v1/customers?sort=customFields." + tags).errorFields()).containsExactly("sort");
	}

	@Test
	void requiredAndUniqueFlagsAreEnforced() {
		String code = define("code" + suffix, "text", false, true, null);
		create(aCompany("唯一甲").withCustomField(code, "C-001").json());

		Api.Response duplicate = api.post("/api/v1/customers", aCompany("唯一乙").withCustomField(code, "C-001").json());
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(duplicate.errorFields()).containsExactly("customFields." + code);

		String required = define("must" + suffix, "number", true, false, null);
		Api.Response missing = api.post("/api/v1/customers", aCompany("必填").json());
		assertThat(missing.errorFields()).contains("customFields." + required);
		api.delete("/api/v1/custom-fields/" + id(required));
	}

	@Test
	void aFieldInUseIsArchivedNotDeletedAndKeepsItsValues() {
		String used = define("used" + suffix, "text", false, false, null);
		String unused = define("unused" + suffix, "text", false, false, null);
		String path = create(aCompany("归档测试").withCustomField(used, "保留").json());

		Api.Response archived = api.delete("/api/v1/custom-fields/" + id(used));
		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.json().get("archivedAt").isNull()).isFalse();
		assertThat(api.delete("/api/v1/custom-fields/" + id(unused)).status()).isEqualTo(204);

		JsonNode customer = api.get(path).json();
		assertThat(customer.at("/customFields/" + used).asString()).isEqualTo("保留");
		assertThat(api.patch(path, "{\"version\": 1, \"customFields\": {\"" + used + "\": \"改\"}}").errorFields())
			.containsExactly("customFields." + used);
		assertThat(api.patch(path, "{\"version\": 1, \"city\": \"厦门市\"}").status()).isEqualTo(200);
	}

	@Test
	void badDefinitionsAreRejectedFieldByField() {
		Api.Response response = api.post("/api/v1/custom-fields",
				"{\"entity\": \"order\", \"key\": \"Bad Key\", \"label\": \"\", \"type\": \"colour\", \"id\": \"x\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("id");
		assertThat(api.post("/api/v1/custom-fields", "{\"entity\": \"order\", \"key\": \"Bad Key\", \"label\": \"\", \"type\": \"colour\"}")
			.errorFields()).containsExactlyInAnyOrder("entity", "type", "key", "label");
		assertThat(api.post("/api/v1/custom-fields", "{\"entity\": \"customer\", \"key\": \"sel" + suffix
				+ "\", \"label\": \"选择\", \"type\": \"single_select\"}").errorFields()).containsExactly("options");
	}

	@Test
	void optionsCanBeAddedButNotRemoved() {
		String level = define("grade" + suffix, "single_select", false, false, "[\"甲\", \"乙\"]");
		String path = "/api/v1/custom-fields/" + id(level);

		assertThat(api.patch(path, "{\"options\": [\"甲\", \"乙\", \"丙\"]}").json().get("options")).hasSize(3);
		assertThat(api.patch(path, "{\"options\": [\"甲\"]}").errorFields()).containsOnly("options");
	}

	private String define(String key, String type, boolean required, boolean unique, String options) {
		String body = "{\"entity\": \"customer\", \"key\": \"" + key + "\", \"label\": \"" + key + "\", \"type\": \"" + type
				+ "\", \"required\": " + required + ", \"unique\": " + unique
				+ (options == null ? "" : ", \"options\": " + options) + "}";
		Api.Response response = api.post("/api/v1/custom-fields", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("type").asString()).isEqualTo(type);
		return key;
	}

	private String id(String key) {
		for (JsonNode field : api.get("/api/v1/custom-fields?entity=customer&archived=true").json()) {
			if (field.get("key").asString().equals(key)) {
				return field.get("id").asString();
			}
		}
		throw new AssertionError("no field " + key);
	}

	private String create(String json) {
		Api.Response response = api.post("/api/v1/customers", json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.location().get();
	}

	private List<String> names(String filter, String sort) {
		Api.Response response = api.get("/api/v1/customers?limit=200&filter=" + Api.encode(filter)
				+ (sort == null ? "" : "&sort=" + Api.encode(sort)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		response.json().get("items").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

}
