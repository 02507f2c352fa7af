package dev.clientele.vocabulary;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The vocabularies through the API, as an administrator manages them and as customer writes
 * meet them. Tests add entries of their own (the vocabularies are shared by every test of a run)
 * and leave the shipped ones where they are.
 */
class VocabularyApiIT extends DatabaseIT {

	Api admin;

	/** Makes each test's codes and synonyms its own. */
	String run;

	@BeforeEach
	void setUp() {
		admin = apiWithRoles(TestAccounts.FULL_ACCESS, "system-admin");
		run = UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void theShippedVocabulariesAreTheLevelsTheTwentyGbtSectionsAndTheSources() {
		JsonNode levels = admin.get("/api/v1/vocabularies/level").json();
		JsonNode industries = admin.inLanguage("zh-CN").get("/api/v1/vocabularies/industry").json();
		JsonNode sources = admin.get("/api/v1/vocabularies/source").json();

		assertThat(levels.get("field").asString()).isEqualTo("level");
		assertThat(codes(levels).subList(0, 4)).containsExactly("A", "B", "C", "D");
		assertThat(levels.at("/entries/0/labelZh").asString()).isEqualTo("重点客户");
		assertThat(levels.at("/entries/0/labelEn").asString()).isEqualTo("Key account");
		assertThat(levels.at("/entries/0/synonyms").toString()).contains("A级", "A类客户");
		assertThat(levels.at("/entries/0/active").asBoolean()).isTrue();
		assertThat(codes(industries).subList(0, 20)).startsWith("农、林、牧、渔业", "采矿业", "制造业").endsWith("国际组织");
		assertThat(industries.at("/entries/2/labelEn").asString()).isEqualTo("Manufacturing");
		assertThat(codes(sources)).contains("电话营销", "网站", "展会", "转介绍", "广告", "社交媒体", "线下活动", "老客户", "其他");
		assertThat(admin.get("/api/v1/vocabularies/level/entries/A").json().get("labelEn").asString())
			.isEqualTo("Key account");
	}

	@Test
	void anAddedEntryTakesCustomersByItsCodeLabelsAndSynonyms() {
		Api.Response added = admin.post("/api/v1/vocabularies/level/entries",
				entry("S" + run, "战略" + run, "Strategic " + run, "S" + run + "级"));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.location()).hasValue("/api/v1/vocabularies/level/entries/S" + run);
		assertThat(added.json().get("active").asBoolean()).isTrue();
		assertThat(added.json().get("position").asInt()).isEqualTo(codes(admin.get("/api/v1/vocabularies/level").json()).size());
		for (String written : List.of("s" + run + " 级", "战略" + run, "STRATEGIC " + run)) {
			assertThat(level(admin.post("/api/v1/customers", aCompany("战略客户" + run).with("level", written).json())))
				.as(written)
				.isEqualTo("S" + run);
		}
	}

	@Test
	void aRetiredEntryStaysOnItsCustomersButTakesNoNewOnesUntilItIsActiveAgain() {
		String code = "R" + run;
		admin.post("/api/v1/vocabularies/source/entries", entry(code, "旧渠道" + run, "Old channel " + run));
		String path = admin.post("/api/v1/customers", aCompany("旧渠道客户" + run).with("source", code).json())
			.location()
			.orElseThrow();

		JsonNode retired = admin.patch("/api/v1/vocabularies/source/entries/" + code, "{\"active\": false}").json();

		assertThat(retired.get("active").asBoolean()).isFalse();
		Api.Response refused = admin.post("/api/v1/customers", aCompany("新客户" + run).with("source", "旧渠道" + run).json());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("source");
		assertThat(refused.json().at("/errors/0/code").asString()).isEqualTo("vocabulary.retired");
		assertThat(refused.json().at("/errors/0/message").asString())
			.isEqualTo("The source “旧渠道" + run + "” is retired and takes no new customers.");
		JsonNode kept = admin.patch(path, "{\"version\": 1, \"city\": \"宁波市\"}").json();
		assertThat(kept.get("source").asString()).isEqualTo(code);
		assertThat(kept.get("version").asInt()).isEqualTo(2);

		admin.patch("/api/v1/vocabularies/source/entries/" + code, "{\"active\": true}");
		assertThat(admin.post("/api/v1/customers", aCompany("新客户" + run).with("source", code).json()).status())
			.isEqualTo(201);
	}

	@Test
	void labelsAndSynonymsChangeTheCodeNeverAndAnEntryMovesWhileTheOthersCloseUp() {
		String first = "M" + run;
		String second = "N" + run;
		admin.post("/api/v1/vocabularies/level/entries", entry(first, "甲" + run, "First " + run));
		int place = admin.post("/api/v1/vocabularies/level/entries", entry(second, "乙" + run, "Second " + run))
			.json()
			.get("position")
			.asInt();

		JsonNode changed = admin.patch("/api/v1/vocabularies/level/entries/" + second,
				"{\"labelEn\": \"Runner-up " + run + "\", \"synonyms\": [\"次" + run + "\"], \"position\": " + (place - 1) + "}")
			.json();

		assertThat(changed.get("code").asString()).isEqualTo(second);
		assertThat(changed.get("labelEn").asString()).isEqualTo("Runner-up " + run);
		assertThat(changed.get("labelZh").asString()).isEqualTo("乙" + run);
		List<String> codes = codes(admin.get("/api/v1/vocabularies/level").json());
		assertThat(codes.subList(0, 4)).containsExactly("A", "B", "C", "D");
		assertThat(codes.indexOf(second)).isEqualTo(place - 2);
		assertThat(codes.indexOf(first)).isEqualTo(place - 1);
		assertThat(level(admin.post("/api/v1/customers", aCompany("次级客户" + run).with("level", "次" + run).json())))
			.isEqualTo(second);
	}

	@Test
	void badInputAnswers400NamingTheFieldAndUnknownVocabulariesOrEntries404() {
		Api.Response taken = admin.post("/api/v1/vocabularies/level/entries",
				entry("A", "重点" + run, "Key " + run, "A级"));
		Api.Response unknown = admin.post("/api/v1/vocabularies/level/entries",
				"{\"code\": \"X" + run + "\", \"labelZh\": \"x\", \"labelEn\": \"x\", \"position\": 1, \"color\": \"red\"}");
		Api.Response readOnly = admin.patch("/api/v1/vocabularies/level/entries/A",
				"{\"code\": \"Z\", \"position\": 0, \"active\": \"no\"}");
		Api.Response bad = admin.patch("/api/v1/vocabularies/level/entries/A", "{\"position\": 0, \"labelZh\": \" \"}");

		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.contentType()).startsWith("application/problem+json");
		assertThat(taken.errorFields()).containsExactly("code", "synonyms[0]");
		assertThat(unknown.errorFields()).containsExactly("position", "color");
		assertThat(readOnly.errorFields()).containsExactly("code");
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("labelZh", "position");
		assertThat(admin.get("/api/v1/vocabularies/level/entries/A").json().get("position").asInt()).isEqualTo(1);
		assertThat(admin.get("/api/v1/vocabularies/status").status()).isEqualTo(404);
		assertThat(admin.patch("/api/v1/vocabularies/level/entries/nope" + run, "{\"active\": false}").status())
			.isEqualTo(404);
	}

	@Test
	void readingNeedsCustomerReadAndChangingNeedsVocabularyAdmin() {
		Api rep = apiWithRoles("sales-rep");
		Api systemAdmin = apiWithRoles("system-admin");

		assertThat(rep.get("/api/v1/vocabularies/industry").status()).isEqualTo(200);
		assertThat(rep.post("/api/v1/vocabularies/level/entries", entry("P" + run, "p", "p")).status()).isEqualTo(403);
		assertThat(rep.patch("/api/v1/vocabularies/level/entries/A", "{\"active\": false}").status()).isEqualTo(403);
		assertThat(systemAdmin.get("/api/v1/vocabularies/industry").status()).isEqualTo(403);
		assertThat(systemAdmin.post("/api/v1/vocabularies/level/entries", entry("P" + run, "甲乙" + run, "P " + run))
			.status()).isEqualTo(201);
	}

	@Test
	void everyChangeIsAuditedWithTheEntryAndWhatChanged() {
		String code = "Q" + run;
		admin.post("/api/v1/vocabularies/industry/entries", entry(code, "量子" + run, "Quantum " + run));
		admin.patch("/api/v1/vocabularies/industry/entries/" + code, "{\"synonyms\": [\"量子计算" + run + "\"]}");
		admin.patch("/api/v1/vocabularies/industry/entries/" + code, "{\"active\": false}");

		JsonNode entries = apiWithRoles("security-auditor").get("/api/v1/audit?entity=vocabulary&entityId="
				+ Api.encode("industry:" + code)).json().get("items");

		assertThat(entries).extracting(e -> e.get("action").asString())
			.containsExactly("vocabulary.entryRetired", "vocabulary.entryChanged", "vocabulary.entryAdded");
		assertThat(entries.get(1).get("fields").toString()).isEqualTo("[\"synonyms\"]");
	}

	private static String entry(String code, String labelZh, String labelEn, String... synonyms) {
		var node = Api.JSON.createObjectNode().put("code", code).put("labelZh", labelZh).put("labelEn", labelEn);
		var array = node.putArray("synonyms");
		for (String synonym : synonyms) {
			array.add(synonym);
		}
		return node.toString();
	}

	private static List<String> codes(JsonNode vocabulary) {
		List<String> codes = new ArrayList<>();
		vocabulary.get("entries").forEach(e -> codes.add(e.get("code").asString()));
		return codes;
	}

	private static String level(Api.Response created) {
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("level").asString();
	}

}
