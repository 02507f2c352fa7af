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

class CustomerApiIT extends DatabaseIT {


	Api api;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
	}

	@Test
	void chineseProvincesAndCitiesAreStoredByTheirOfficialNamesAndPlacesAbroadAsTyped() {
		JsonNode shenzhen = api.post("/api/v1/customers", aCompany("深圳地名公司").with("province", "广东").with("city", "深圳").json())
			.json();
		JsonNode english = api.post("/api/v1/customers", aCompany("英文地名公司").with("province", "Guangdong Province").json())
			.json();
		JsonNode shanghai = api.post("/api/v1/customers", aCompany("直辖市公司").with("city", "上海").json()).json();
		JsonNode abroad = api.post("/api/v1/customers", aCompany("海外公司").with("province", "Bavaria").with("city", "München")
			.json()).json();

		assertThat(shenzhen.get("province").asString()).isEqualTo("广东省");
		assertThat(shenzhen.get("city").asString()).isEqualTo("深圳市");
		assertThat(english.get("province").asString()).isEqualTo("广东省");
		assertThat(shanghai.get("city").asString()).isEqualTo("上海市");
		assertThat(abroad.get("province").asString()).isEqualTo("Bavaria");
		assertThat(abroad.get("city").asString()).isEqualTo("München");
	}

	@Test
	void aCityInAnotherProvinceIsRefusedAtTheCity() {
		Api.Response refused = api.post("/api/v1/customers", aCompany("错位公司").with("province", "江苏").with("city", "杭州").json());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("city");
		assertThat(refused.json().at("/errors/0/message").asString()).isEqualTo("杭州市 is not in 江苏省.");
	}

	@Test
	void levelIndustryAndSourceAreStoredAsTheCodesOfTheirVocabularysEntriesWhicheverWayTheyAreWritten() {
		JsonNode created = api.post("/api/v1/customers",
				aCompany("词表公司").with("level", "Ａ级").with("industry", "manufacturing").with("source", "朋友介绍").json()).json();

		assertThat(created.get("level").asString()).isEqualTo("A");
		assertThat(created.get("industry").asString()).isEqualTo("制造业");
		assertThat(created.get("source").asString()).isEqualTo("转介绍");
		String path = "/api/v1/customers/" + created.get("id").asString();
		assertThat(api.patch(path, "{\"version\": 1, \"industry\": \"农林牧渔业\"}").json().get("industry").asString())
			.isEqualTo("农、林、牧、渔业");
	}

	@Test
	void aValueNoVocabularyEntryNamesIsRefusedAtItsFieldInTheReadersLanguage() {
		Api.Response refused = api.inLanguage("zh-CN").post("/api/v1/customers",
				aCompany("未知级别公司").with("level", "A+").with("source", "网站").json());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("level");
		assertThat(refused.json().at("/errors/0/code").asString()).isEqualTo("vocabulary.unknown");
		assertThat(refused.json().at("/errors/0/message").asString())
			.isEqualTo("级别“A+”不在词表中：请填写启用条目的代码、名称或同义词。");
		assertThat(api.post("/api/v1/customers", aCompany("未知行业公司").with("industry", "航天").json())
			.json().at("/errors/0/message").asString())
			.isEqualTo("“航天” is not in the industry vocabulary: use the code, a label or a synonym of an active entry.");
	}

	@Test
	void creatingACustomerAnswers201WithLocationAndKeepsThePhoneAsTypedBesideItsE164Form() {
		Api.Response created = api.post("/api/v1/customers",
				aCompany("深圳市田嘉华科技有限公司").withPhone("138 0013 8000").withEmail("Info@TianJiaHua.CN").json());

		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(created.location()).hasValue("/api/v1/customers/" + body.get("id").asString());
		assertThat(body.at("/phones/0/number").asString()).isEqualTo("138 0013 8000");
		assertThat(body.at("/phones/0/e164").asString()).isEqualTo("+8613800138000");
		assertThat(body.at("/emails/0/address").asString()).isEqualTo("info@tianjiahua.cn");
		assertThat(body.get("version").asInt()).isEqualTo(1);
		assertThat(body.get("ownerName").asString()).isEqualTo(api.get("/api/v1/me").json().get("name").asString());

		JsonNode read = api.get(created.location().get()).json();
		assertThat(read.get("name").asString()).isEqualTo("深圳市田嘉华科技有限公司");
	}

	@Test
	void aBadRequestListsEveryBadFieldByPathAndWritesNothing() {
		String body = """
				{"kind": "shop", "name": "", "phones": [{"number": "12"}], "emails": [{"address": "not-an-email"}],
				 "id": "x", "createdAt": "2020-01-01T00:00:00Z", "color": "red"}""";

		Api.Response response = api.post("/api/v1/customers", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.errorFields()).contains("id", "createdAt", "color");

		Api.Response fields = api.post("/api/v1/customers",
				"{\"kind\": \"shop\", \"name\": \"\", \"phones\": [{\"number\": \"12\"}], \"emails\": [{\"address\": \"nope\"}]}");
		assertThat(fields.status()).isEqualTo(400);
		assertThat(fields.errorFields()).containsExactlyInAnyOrder("kind", "name", "phones[0].number", "emails[0].address");
		assertThat(api.get("/api/v1/customers?filter=" + Api.encode("{\"field\":\"name\",\"op\":\"eq\",\"value\":\"\"}"))
			.json()
			.get("items")).isEmpty();
	}

	@Test
	void errorMessagesFollowAcceptLanguage() {
		Api.Response english = api.post("/api/v1/customers", aCompany("").json());
		Api.Response chinese = api.inLanguage("zh-CN,zh;q=0.9").post("/api/v1/customers", aCompany("").json());

		assertThat(english.json().at("/errors/0/message").asString()).isEqualTo("This field is required.");
		assertThat(chinese.json().at("/errors/0/message").asString()).isEqualTo("此项为必填项。");
	}

	@Test
	void patchMergesChangesAndAStaleVersionAnswers409() {
		JsonNode customer = api.post("/api/v1/customers", aPerson("张三").withPhone("13800138001").with("city", "北京市").json())
			.json();
		String path = "/api/v1/customers/" + customer.get("id").asString();

		Api.Response patched = api.patch(path, "{\"version\": 1, \"city\": \"上海市\", \"province\": \"上海市\"}");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("city").asString()).isEqualTo("上海市");
		assertThat(patched.json().at("/phones/0/e164").asString()).isEqualTo("+8613800138001");
		assertThat(patched.json().get("version").asInt()).isEqualTo(2);

		Api.Response stale = api.patch(path, "{\"version\": 1, \"city\": \"广州市\"}");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(api.get(path).json().get("city").asString()).isEqualTo("上海市");

		Api.Response removed = api.patch(path, "{\"version\": 2, \"city\": null}");
		assertThat(removed.json().get("city").isNull()).isTrue();
	}

	@Test
	void patchWithoutVersionOrWithReadOnlyFieldsIsRejected() {
		String path = api.post("/api/v1/customers", aPerson("李四").json()).location().get();

		assertThat(api.patch(path, "{\"city\": \"上海市\"}").errorFields()).containsExactly("version");
		assertThat(api.patch(path, "{\"version\": 1, \"id\": \"x\", \"deletedAt\": null}").errorFields())
			.containsExactlyInAnyOrder("id", "deletedAt");
		assertThat(api.patch(path, "{\"version\": 1, \"phones\": [{\"number\": \"13800138000\", \"e164\": \"+1\"}]}")
			.errorFields()).containsExactly("phones[0].e164");
	}

	@Test
	void deletedCustomersAnswer404AreListedInTheRecycleBinAndComeBack() {
		String id = api.post("/api/v1/customers", aPerson("王五回收").json()).json().get("id").asString();
		String path = "/api/v1/customers/" + id;

		assertThat(api.delete(path).status()).isEqualTo(204);
		assertThat(api.get(path).status()).isEqualTo(404);
		assertThat(ids(api.get("/api/v1/customers?deleted=true&limit=200").json())).contains(id);
		assertThat(ids(api.get("/api/v1/customers?limit=200").json())).doesNotContain(id);

		Api.Response restored = api.post(path + "/restore");
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.json().get("deletedAt").isNull()).isTrue();
		assertThat(api.get(path).status()).isEqualTo(200);
	}

	@Test
	void everyWriteAppendsAVersionWithActorSourceAndChangedFields() {
		String path = api.post("/api/v1/customers", aPerson("赵六").with("level", "A").json()).location().get();
		api.patch(path, "{\"version\": 1, \"level\": \"B\"}");
		api.delete(path);
		api.post(path + "/restore");

		JsonNode versions = api.get(path + "/versions").json();

		assertThat(versions).hasSize(4);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(4);
		JsonNode update = versions.get(2);
		assertThat(update.get("source").asString()).isEqualTo("api");
		assertThat(update.get("actorName").asString()).isEqualTo(api.get("/api/v1/me").json().get("name").asString());
		assertThat(update.get("changes")).hasSize(1);
		assertThat(update.at("/changes/0/field").asString()).isEqualTo("level");
		assertThat(update.at("/changes/0/old").asString()).isEqualTo("A");
		assertThat(update.at("/changes/0/new").asString()).isEqualTo("B");
		assertThat(versions.get(1).at("/changes/0/field").asString()).isEqualTo("deletedAt");
		assertThat(versions.get(3).at("/snapshot/name").asString()).isEqualTo("赵六");
	}

	@Test
	void anUnchangedPatchWritesNoVersion() {
		String path = api.post("/api/v1/customers", aPerson("孙七").with("city", "杭州市").json()).location().get();

		Api.Response same = api.patch(path, "{\"version\": 1, \"city\": \"杭州市\"}");

		assertThat(same.json().get("version").asInt()).isEqualTo(1);
		assertThat(api.get(path + "/versions").json()).hasSize(1);
	}

	@Test
	void unknownIdsAnswer404() {
		assertThat(api.get("/api/v1/customers/not-an-id").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/customers/0190f1f2-0000-7000-8000-000000000000").status()).isEqualTo(404);
	}

	@Test
	void theOpenApiDescriptionAndSwaggerUiAreServed() {
		Api.Response docs = api.get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().at("/paths").has("/api/v1/customers")).isTrue();
		assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

}
