package dev.clientele.marketing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Campaigns through the REST API: drafts, their life, members fixed at start, outcomes logged, and scope. */
class CampaignApiIT extends DatabaseIT {

	@Autowired
	JdbcTemplate jdbc;

	private Api api;

	@BeforeEach
	void marketer() {
		api = apiWithFullAccess();
	}

	@Test
	void aDraftIsCreatedWithItsDefaultsAndReadBack() {
		String customer = customer(api, "草稿客户有限公司");

		Api.Response created = api.post("/api/v1/campaigns", """
				{"name":"春季回访","goal":"复购","channel":"phone","budget":"5000.00","currency":"CNY",
				 "customerIds":["%s"],"questions":[{"key":"interest","label":"感兴趣吗？","type":"choice","choices":["是","否"]}]}"""
			.formatted(customer));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode campaign = created.json();
		assertThat(created.location()).contains("/api/v1/campaigns/" + campaign.get("id").asString());
		assertThat(campaign.get("status").asString()).isEqualTo("draft");
		assertThat(campaign.get("channel").asString()).isEqualTo("phone");
		assertThat(campaign.get("budget").asString()).isEqualTo("5000.00");
		assertThat(campaign.get("attributionDays").asInt()).isEqualTo(30);
		assertThat(campaign.get("customerIds").get(0).asString()).isEqualTo(customer);
		assertThat(campaign.get("version").asInt()).isEqualTo(1);
		assertThat(api.get("/api/v1/campaigns/" + campaign.get("id").asString()).json().get("name").asString())
			.isEqualTo("春季回访");
		assertThat(ids(api.get("/api/v1/campaigns?status=draft").json().get("items"))).contains(campaign.get("id").asString());
	}

	@Test
	void badCampaignsAreRefusedNamingEachBadField() {
		Api.Response refused = api.post("/api/v1/campaigns", """
				{"channel":"fax","startsAt":"2026-12-10T00:00:00Z","endsAt":"2026-12-01T00:00:00Z","budget":"-1",
				 "template":{"subject":"Hi {{customer.salary}}","html":"<a href=\\"https://x.example.com/?n={{customer.name}}\\">x</a>"},
				 "questions":[{"key":"Bad Key","label":"","type":"scale"}],"status":"running"}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.errorFields()).containsExactly("status");
		Api.Response fields = api.post("/api/v1/campaigns", """
				{"channel":"fax","startsAt":"2026-12-10T00:00:00Z","endsAt":"2026-12-01T00:00:00Z","budget":"-1","currency":"CNY",
				 "template":{"subject":"Hi {{customer.salary}}","html":"<a href=\\"https://x.example.com/?n={{customer.name}}\\">x</a>"},
				 "questions":[{"key":"Bad Key","label":"","type":"scale"}]}""");
		assertThat(fields.status()).isEqualTo(400);
		assertThat(fields.errorFields()).contains("channel", "name", "endsAt", "budget", "template.subject", "template.html",
				"questions[0].key", "questions[0].label", "questions[0].type");
	}

	@Test
	void startingFixesTheMembersAsTheTargetStandsThenAndLeavesOutThoseWithoutConsent() {
		String reachable = api.post("/api/v1/customers",
				CustomerJsonFixture.aCompany("有电话客户有限公司").withPhone("13800138001").json()).json().get("id").asString();
		String silent = customer(api, "无电话客户有限公司");
		String unwilling = api.post("/api/v1/customers",
				CustomerJsonFixture.aCompany("不同意客户有限公司").withPhone("13800138002").json()).json().get("id").asString();
		for (String id : List.of(reachable, silent)) {
			assertThat(api.put("/api/v1/customers/" + id + "/consents/phone", "{\"status\":\"granted\",\"source\":\"电话确认\"}")
				.status()).isEqualTo(200);
		}
		String campaign = draft(api, "phone", reachable, silent, unwilling);

		JsonNode started = api.post("/api/v1/campaigns/" + campaign + "/start").json();
		JsonNode members = api.get("/api/v1/campaigns/" + campaign + "/members").json();

		assertThat(started.get("status").asString()).isEqualTo("running");
		assertThat(started.get("targeted").asInt()).isEqualTo(2);
		assertThat(started.get("excludedNoConsent").asInt()).isEqualTo(1);
		assertThat(members.get("items")).hasSize(2);
		assertThat(values(members.get("items"), "status")).containsOnly("targeted");
		assertThat(values(members.get("items"), "address")).contains("+8613800138001");
		JsonNode promotion = api.get("/api/v1/campaigns/" + campaign + "/members/" + reachable).json();
		assertThat(promotion.get("trail").get(0).get("status").asString()).isEqualTo("targeted");
		assertThat(api.post("/api/v1/campaigns/" + campaign + "/start").status()).isEqualTo(409);
		Api.Response change = api.put("/api/v1/campaigns/" + campaign, """
				{"name":"改名","channel":"email","customerIds":["%s","%s","%s"],"version":%d}"""
			.formatted(reachable, silent, unwilling, started.get("version").asInt()));
		assertThat(change.status()).isEqualTo(400);
		assertThat(change.errorFields()).containsExactly("channel");
	}

	@Test
	void aRunningCampaignPausesResumesAndFinishesAndRefusesWhatItsStatusForbids() {
		String campaign = draft(api, "event", customer(api, "活动客户有限公司"));
		assertThat(api.post("/api/v1/campaigns/" + campaign + "/pause").status()).isEqualTo(409);

		api.post("/api/v1/campaigns/" + campaign + "/start");
		JsonNode paused = api.post("/api/v1/campaigns/" + campaign + "/pause").json();
		JsonNode resumed = api.post("/api/v1/campaigns/" + campaign + "/resume").json();
		JsonNode finished = api.post("/api/v1/campaigns/" + campaign + "/finish").json();

		assertThat(paused.get("status").asString()).isEqualTo("paused");
		assertThat(resumed.get("status").asString()).isEqualTo("running");
		assertThat(finished.get("status").asString()).isEqualTo("finished");
		assertThat(finished.get("finishedAt").isNull()).isFalse();
		assertThat(api.post("/api/v1/campaigns/" + campaign + "/resume").status()).isEqualTo(409);
		assertThat(jdbc.queryForList("select action from audit_log where entity = 'campaign' and entity_id = ? order by seq",
				String.class, campaign))
			.containsExactly("campaign.created", "campaign.started", "campaign.paused", "campaign.resumed",
					"campaign.finished");
	}

	@Test
	void outcomesLoggedByHandBuildTheCustomersPromotionHistory() {
		String customer = customer(api, "回访客户有限公司");
		String campaign = draft(api, "event", customer);
		api.post("/api/v1/campaigns/" + campaign + "/start");

		Api.Response logged = api.post("/api/v1/campaigns/" + campaign + "/members/" + customer + "/outcomes",
				"{\"status\":\"responded\",\"occurredAt\":\"2026-12-01T10:00:00+08:00\",\"note\":\"到场并咨询\"}");
		JsonNode history = api.get("/api/v1/customers/" + customer + "/promotions").json().get("items");

		assertThat(logged.status()).as(logged.body()).isEqualTo(200);
		assertThat(logged.json().get("member").get("status").asString()).isEqualTo("responded");
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("campaignId").asString()).isEqualTo(campaign);
		assertThat(history.get(0).get("member").get("respondedAt").asString()).isEqualTo("2026-12-01T02:00:00Z");
		assertThat(values(history.get(0).get("trail"), "status")).containsExactly("targeted", "responded");
		assertThat(history.get(0).get("trail").get(1).get("detail").asString()).isEqualTo("到场并咨询");
		assertThat(history.get(0).get("trail").get(1).get("origin").asString()).isEqualTo("manual");
		Api.Response bad = api.post("/api/v1/campaigns/" + campaign + "/members/" + customer + "/outcomes",
				"{\"status\":\"targeted\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactly("status");
		JsonNode responders = api.get("/api/v1/customers?filter="
				+ Api.encode("{\"field\":\"respondedTo\",\"op\":\"eq\",\"value\":\"" + campaign + "\"}")).json();
		assertThat(ids(responders.get("items"))).containsExactly(customer);
	}

	@Test
	void outcomesFromAFileAreAllOrNothingAndEveryBadLineIsNamed() {
		String first = customer(api, "文件客户一有限公司");
		String second = customer(api, "文件客户二有限公司");
		String campaign = draft(api, "other", first, second);
		api.post("/api/v1/campaigns/" + campaign + "/start");

		Api.Response bad = api.post("/api/v1/campaigns/" + campaign + "/outcomes", "text/csv",
				"customerId,status,occurredAt,note\n" + first + ",converted,,签约\n" + UUID.randomUUID() + ",opened,,\n"
						+ second + ",liked,,\n");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactly("line 3: customerId", "line 4: status");
		assertThat(api.get("/api/v1/campaigns/" + campaign + "/members?status=converted").json().get("items")).isEmpty();

		Api.Response good = api.post("/api/v1/campaigns/" + campaign + "/outcomes", "text/csv",
				"customerId,status,occurredAt,note\n" + first + ",converted,2026-12-02T09:00:00Z,签约\n" + second
						+ ",bounced,,\n");

		assertThat(good.status()).as(good.body()).isEqualTo(200);
		assertThat(good.json().get("logged").asInt()).isEqualTo(2);
		assertThat(ids(api.get("/api/v1/campaigns/" + campaign + "/members?status=converted").json().get("items"), "customerId"))
			.containsExactly(first);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_log where action = 'campaign.outcomesLogged' and entity_id = ?", Long.class,
				campaign)).isEqualTo(1);
	}

	@Test
	void aRepSeesOnlyTheMembersOfTheirOwnCustomers() {
		String login = "r" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, "sales-rep");
		Api rep = new Api(port).withToken(TestAccounts.token(port, login));
		String own = customer(rep, "自己的客户有限公司");
		String other = customer(api, "别人的客户有限公司");
		String campaign = draft(api, "event", own, other);
		api.post("/api/v1/campaigns/" + campaign + "/start");

		JsonNode seen = rep.get("/api/v1/campaigns/" + campaign + "/members").json().get("items");

		assertThat(ids(seen, "customerId")).containsExactly(own);
		assertThat(rep.get("/api/v1/campaigns/" + campaign + "/members/" + other).status()).isEqualTo(404);
		assertThat(rep.get("/api/v1/customers/" + other + "/promotions").status()).isEqualTo(404);
		assertThat(rep.post("/api/v1/campaigns/" + campaign + "/pause").status()).isEqualTo(403);
	}

	@Test
	void aCustomersCampaignHistoryIsPartOfTheSubjectExportAndErasureDeletesIt() {
		String customer = customer(api, "隐私客户有限公司");
		String campaign = draft(api, "event", customer);
		api.post("/api/v1/campaigns/" + campaign + "/start");
		api.post("/api/v1/campaigns/" + campaign + "/members/" + customer + "/outcomes",
				"{\"status\":\"responded\",\"note\":\"愿意参加\"}");

		JsonNode export = api.get("/api/v1/customers/" + customer + "/personal-data").json();
		Api.Response erased = api.post("/api/v1/customers/" + customer + "/erasure", "{\"reason\": \"客户依法申请删除\"}");

		assertThat(export.at("/parts/campaigns/members")).hasSize(1);
		assertThat(export.at("/parts/campaigns/members/0/trail").toString()).contains("愿意参加");
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.json().at("/erasedRecords/campaigns/members").asInt()).isEqualTo(1);
		assertThat(erased.json().at("/erasedRecords/campaigns/memberEvents").asInt()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from campaign_members where customer_id = ?", Long.class,
				UUID.fromString(customer))).isZero();
		assertThat(api.get("/api/v1/campaigns/" + campaign).json().get("targeted").asInt()).isEqualTo(1);
	}

	private static String customer(Api api, String name) {
		Api.Response created = api.post("/api/v1/customers", CustomerJsonFixture.aCompany(name).json());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String draft(Api api, String channel, String... customers) {
		String ids = String.join("\",\"", customers);
		Api.Response created = api.post("/api/v1/campaigns",
				"{\"name\":\"活动\",\"channel\":\"" + channel + "\",\"customerIds\":[\"" + ids + "\"]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static List<String> ids(JsonNode items) {
		return ids(items, "id");
	}

	private static List<String> ids(JsonNode items, String field) {
		return values(items, field);
	}

	private static List<String> values(JsonNode items, String field) {
		List<String> values = new ArrayList<>();
		items.forEach(item -> values.add(item.get(field).isNull() ? null : item.get(field).asString()));
		return values;
	}

}
