package dev.clientele.segment;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.access.AccessManagement;
import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Segments over the REST API: live and frozen members, scope, field permissions, errors and audit. */
class SegmentApiIT extends DatabaseIT {

	@Autowired
	SegmentManagement segments;

	@Autowired
	AccessManagement accessManagement;

	final String tag = "seg" + UUID.randomUUID().toString().substring(0, 8);

	Api api;

	@BeforeEach
	void signIn() {
		api = apiWithFullAccess();
	}

	@Test
	void aDynamicSegmentFindsCustomersCreatedAfterIt() {
		create(api, aCompany("动态甲公司"));
		create(api, aCompany("动态乙公司"));
		String id = dynamic(api, "最近的客户", "{\"and\":[" + tagged() + ","
				+ "{\"field\":\"createdAt\",\"op\":\"withinLastDays\",\"value\":1}]}");
		assertThat(count(api, id)).isEqualTo(2);

		create(api, aCompany("动态丙公司"));

		assertThat(count(api, id)).isEqualTo(3);
		assertThat(api.get("/api/v1/segments/" + id + "/count").json().get("exact").asBoolean()).isTrue();
		assertThat(memberNames(api, id)).containsExactlyInAnyOrder("动态甲公司", "动态乙公司", "动态丙公司");
	}

	@Test
	void membersArePagedLikeTheCustomerList() {
		for (int i = 1; i <= 5; i++) {
			create(api, aCompany("翻页成员" + i));
		}
		String id = dynamic(api, "翻页", tagged());

		JsonNode first = api.get("/api/v1/segments/" + id + "/members?limit=2&sort=name").json();
		JsonNode second = api.get("/api/v1/segments/" + id + "/members?limit=2&sort=name&cursor="
				+ Api.encode(first.get("next").asString())).json();

		assertThat(names(first)).containsExactly("翻页成员1", "翻页成员2");
		assertThat(names(second)).containsExactly("翻页成员3", "翻页成员4");
		assertThat(first.get("items").get(0).has("version")).isTrue();
	}

	@Test
	void aSnapshotKeepsItsMembersWhileADeletedMemberDropsOut() {
		String first = create(api, aCompany("快照甲公司"));
		create(api, aCompany("快照乙公司"));
		String dynamic = dynamic(api, "快照来源", tagged());

		Api.Response taken = api.post("/api/v1/segments/" + dynamic + "/snapshots", "{\"name\": \"五月快照\"}");
		assertThat(taken.status()).isEqualTo(201);
		JsonNode snapshot = taken.json();
		assertThat(snapshot.get("kind").asString()).isEqualTo("snapshot");
		assertThat(snapshot.get("frozenMembers").asInt()).isEqualTo(2);
		assertThat(snapshot.get("takenFrom").asString()).isEqualTo(dynamic);
		String id = snapshot.get("id").asString();

		create(api, aCompany("快照后加入公司"));
		assertThat(memberNames(api, id)).containsExactlyInAnyOrder("快照甲公司", "快照乙公司");
		assertThat(count(api, dynamic)).isEqualTo(3);

		api.delete("/api/v1/customers/" + first);
		assertThat(memberNames(api, id)).containsExactly("快照乙公司");
		assertThat(count(api, id)).isEqualTo(1);
		assertThat(segments.memberIds(UUID.fromString(id), accessManagement.of(userId(api)))).hasSize(1);
	}

	@Test
	void aSnapshotsFilterAndMembersCannotBeChanged() {
		create(api, aCompany("冻结公司"));
		Api.Response created = api.post("/api/v1/segments", "{\"name\": \"直接快照\", \"kind\": \"snapshot\", \"filter\": "
				+ tagged() + "}");
		assertThat(created.json().get("frozenMembers").asInt()).isEqualTo(1);
		String id = created.json().get("id").asString();

		Api.Response changed = api.put("/api/v1/segments/" + id, "{\"name\": \"直接快照\", \"filter\": {\"field\": \"city\","
				+ " \"op\": \"eq\", \"value\": \"上海市\"}}");
		assertThat(changed.status()).isEqualTo(400);
		assertThat(changed.errorFields()).containsExactly("filter");
		assertThat(api.put("/api/v1/segments/" + id, "{\"name\": \"改名的快照\"}").json().get("name").asString())
			.isEqualTo("改名的快照");
		assertThat(api.post("/api/v1/segments/" + id + "/snapshots").status()).isEqualTo(400);
	}

	@Test
	void aSalesRepSeesOnlyTheirOwnCustomersOfASegmentAndItsCount() {
		Api rep = apiWithRoles("sales-rep");
		String own = create(rep, aCompany("销售自己的公司"));
		create(api, aCompany("别人的公司"));
		Api marketer = apiWithRoles("marketer");
		String dynamic = dynamic(marketer, "范围", tagged());
		String snapshot = marketer.post("/api/v1/segments/" + dynamic + "/snapshots").json().get("id").asString();

		for (String id : List.of(dynamic, snapshot)) {
			assertThat(count(marketer, id)).isEqualTo(2);
			assertThat(count(rep, id)).as(id).isEqualTo(1);
			assertThat(memberNames(rep, id)).containsExactly("销售自己的公司");
			assertThat(segments.memberIds(UUID.fromString(id), accessManagement.of(userId(rep))))
				.containsExactly(UUID.fromString(own));
		}
		assertThat(rep.post("/api/v1/segments", "{\"name\": \"不行\"}").status()).isEqualTo(403);
	}

	@Test
	void maskedAndHiddenFieldsStaySoInMembersAndTheExport() {
		create(api, aCompany("掩码公司").withPhone("138 0013 8000").with("notes", "机密备注"));
		Api marketer = apiWithRoles("marketer");
		String id = dynamic(marketer, "掩码", tagged());

		String members = marketer.get("/api/v1/segments/" + id + "/members").body();
		assertThat(members).contains("掩码公司", "138****8000").doesNotContain("13800138000", "机密备注");
		Api.Download export = marketer.download("/api/v1/segments/" + id + "/export?format=csv");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("text/csv");
		assertThat(export.text()).contains("掩码公司", "138****8000").doesNotContain("13800138000", "机密备注");
	}

	@Test
	void aBadFilterIsRefusedNamingItsPart() {
		Api.Response unknown = api.post("/api/v1/segments", "{\"name\": \"坏\", \"filter\": {\"and\": [" + tagged()
				+ ", {\"field\": \"colour\", \"op\": \"eq\", \"value\": \"red\"}]}}");
		Api.Response days = api.post("/api/v1/segments", "{\"name\": \"坏\", \"filter\": {\"field\": \"createdAt\","
				+ " \"op\": \"withinLastDays\", \"value\": 0}}");
		Api.Response kind = api.post("/api/v1/segments", "{\"name\": \"\", \"kind\": \"weird\"}");

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("filter.and[1].field");
		assertThat(days.errorFields()).containsExactly("filter.value");
		assertThat(kind.errorFields()).containsExactlyInAnyOrder("kind");
	}

	@Test
	void usersWithoutThePermissionsAreRefused() {
		String id = dynamic(api, "权限", tagged());
		Api readOnly = apiWithRoles("read-only");
		Api auditor = apiWithRoles("security-auditor");

		assertThat(readOnly.get("/api/v1/segments/" + id + "/count").status()).isEqualTo(200);
		assertThat(readOnly.post("/api/v1/segments", "{\"name\": \"x\"}").status()).isEqualTo(403);
		assertThat(readOnly.delete("/api/v1/segments/" + id).status()).isEqualTo(403);
		assertThat(auditor.get("/api/v1/segments").status()).isEqualTo(403);
		assertThat(auditor.get("/api/v1/segments/" + id + "/members").status()).isEqualTo(403);
	}

	@Test
	void everyChangeIsAuditedAndAnArchivedSegmentIsGone() {
		create(api, aCompany("审计公司"));
		String id = dynamic(api, "审计", tagged());
		api.put("/api/v1/segments/" + id, "{\"name\": \"审计2\", \"filter\": " + tagged() + "}");
		String snapshot = api.post("/api/v1/segments/" + id + "/snapshots").json().get("id").asString();
		assertThat(api.delete("/api/v1/segments/" + id).status()).isEqualTo(204);

		assertThat(api.get("/api/v1/segments/" + id).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/segments").json()).extracting(s -> s.get("id").asString())
			.doesNotContain(id)
			.contains(snapshot);
		Api auditor = apiWithRoles("security-auditor");
		assertThat(auditor.get("/api/v1/audit?entity=segment&entityId=" + id).json().get("items"))
			.extracting(e -> e.get("action").asString())
			.containsExactly("segment.archived", "segment.updated", "segment.created");
		assertThat(auditor.get("/api/v1/audit?entity=segment&entityId=" + snapshot).json().get("items"))
			.extracting(e -> e.get("action").asString())
			.containsExactly("segment.snapshotTaken");
	}

	private String tagged() {
		return "{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag + "\"}";
	}

	private String create(Api client, CustomerJsonFixture customer) {
		Api.Response response = client.post("/api/v1/customers", customer.withTags(tag).json());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static String dynamic(Api client, String name, String filter) {
		Api.Response response = client.post("/api/v1/segments", "{\"name\": \"" + name + "\", \"filter\": " + filter + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static long count(Api client, String id) {
		Api.Response response = client.get("/api/v1/segments/" + id + "/count");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("count").asLong();
	}

	private static List<String> memberNames(Api client, String id) {
		Api.Response response = client.get("/api/v1/segments/" + id + "/members?limit=200");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return names(response.json());
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("items").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

	private static UUID userId(Api client) {
		return UUID.fromString(client.get("/api/v1/me").json().get("id").asString());
	}

}
