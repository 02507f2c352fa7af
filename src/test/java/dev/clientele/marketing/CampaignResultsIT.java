package dev.clientele.marketing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.Poll;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What a campaign achieved: the funnel, rates by level, city, owner and segment, revenue from orders, comparison. */
class CampaignResultsIT extends DatabaseIT {

	private Api api;

	private String tag;

	@BeforeEach
	void marketer() {
		api = apiWithFullAccess();
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anOrderWithinTheWindowAfterAMemberWasReachedConvertsItAndCountsAsRevenue() {
		String buyer = customer(api, "买家有限公司", "A", "深圳市");
		String late = customer(api, "晚买家有限公司", "B", "广州市");
		String campaign = started(api, "{\"name\":\"复购活动\",\"channel\":\"event\",\"attributionDays\":7,\"budget\":\"1000\","
				+ "\"currency\":\"CNY\",\"customerIds\":[\"" + buyer + "\",\"" + late + "\"]}");
		Instant reached = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		log(campaign, buyer, "sent", reached);
		log(campaign, late, "sent", reached);

		order(buyer, reached.plus(2, ChronoUnit.DAYS), "1500.00");
		order(late, reached.plus(10, ChronoUnit.DAYS), "900.00");
		JsonNode results = Poll.until(Duration.ofSeconds(10), Duration.ofMillis(100),
				() -> api.get("/api/v1/campaigns/" + campaign + "/results").json(),
				r -> r.get("funnel").get("converted").asInt() == 1, () -> "the order did not convert the member");

		assertThat(results.get("revenue").asString()).isEqualTo("1500.00");
		assertThat(results.get("returnOnBudget").asString()).isEqualTo("1.5000");
		assertThat(results.get("rates").get("conversion").asDouble()).isEqualTo(0.5);
		JsonNode trail = api.get("/api/v1/campaigns/" + campaign + "/members/" + buyer).json().get("trail");
		assertThat(trail.get(trail.size() - 1).get("status").asString()).isEqualTo("converted");
		assertThat(trail.get(trail.size() - 1).get("origin").asString()).isEqualTo("orders");
		assertThat(api.get("/api/v1/campaigns/" + campaign + "/members/" + late).json().get("member").get("status")
			.asString()).isEqualTo("sent");
	}

	@Test
	void theFunnelAndRatesAreBrokenDownByLevelCityOwnerAndSegmentAndExportedAsCsv() {
		String a1 = customer(api, "甲一有限公司", "A", "深圳市");
		String a2 = customer(api, "甲二有限公司", "A", "深圳市");
		String b1 = customer(api, "乙一有限公司", "B", "广州市");
		String campaign = started(api, "{\"name\":\"分组活动\",\"channel\":\"other\",\"customerIds\":[\"" + a1 + "\",\""
				+ a2 + "\",\"" + b1 + "\"]}");
		log(campaign, a1, "responded", null);
		log(campaign, b1, "converted", null);
		Api.Response segment = api.post("/api/v1/segments", "{\"name\":\"A级" + tag + "\",\"kind\":\"dynamic\",\"filter\":"
				+ "{\"and\":[{\"field\":\"level\",\"op\":\"eq\",\"value\":\"A\"},{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"t" + tag
				+ "\"}]}}");
		String segmentId = segment.json().get("id").asString();

		JsonNode results = api.get("/api/v1/campaigns/" + campaign + "/results?segment=" + segmentId).json();
		Api.Download csv = api.download("/api/v1/campaigns/" + campaign + "/results.csv?segment=" + segmentId);

		JsonNode funnel = results.get("funnel");
		assertThat(funnel.get("targeted").asInt()).isEqualTo(3);
		assertThat(funnel.get("responded").asInt()).isEqualTo(2);
		assertThat(funnel.get("converted").asInt()).isEqualTo(1);
		assertThat(funnel.get("sent").asInt()).isEqualTo(2);
		assertThat(results.get("rates").get("response").asDouble()).isEqualTo(0.6667);
		JsonNode levelA = group(results.get("byLevel"), "A");
		assertThat(levelA.get("targeted").asInt()).isEqualTo(2);
		assertThat(levelA.get("responseRate").asDouble()).isEqualTo(0.5);
		assertThat(group(results.get("byCity"), "广州市").get("conversionRate").asDouble()).isEqualTo(1.0);
		assertThat(results.get("byOwner")).hasSize(1);
		assertThat(results.get("bySegment").get(0).get("label").asString()).isEqualTo("A级" + tag);
		assertThat(results.get("bySegment").get(0).get("targeted").asInt()).isEqualTo(2);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.text()).startsWith("dimension,key,label,targeted,responded,converted")
			.contains("level,A,", "city,广州市,广州市,1,1,1", "segment," + segmentId + ",A级" + tag + ",2,1,0");
		String page = browserWithFullAccess().get("/campaigns/" + campaign + "/results").body();
		assertThat(page).contains("id=\"funnel-chart\"", "id=\"level-table\"", "广州市", "/webjars/echarts/");
	}

	@Test
	void aRepSeesTheResultsOfTheirOwnCustomersOnly() {
		String login = "r" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, "sales-rep");
		Api rep = new Api(port).withToken(TestAccounts.token(port, login));
		String own = customer(rep, "自有客户有限公司", "A", "深圳市");
		String other = customer(api, "他人客户有限公司", "A", "深圳市");
		String campaign = started(api, "{\"name\":\"范围活动\",\"channel\":\"other\",\"customerIds\":[\"" + own + "\",\""
				+ other + "\"]}");
		log(campaign, other, "responded", null);

		JsonNode mine = rep.get("/api/v1/campaigns/" + campaign + "/results").json();

		assertThat(mine.get("funnel").get("targeted").asInt()).isEqualTo(1);
		assertThat(mine.get("funnel").get("responded").asInt()).isEqualTo(0);
		assertThat(api.get("/api/v1/campaigns/" + campaign + "/results").json().get("funnel").get("targeted").asInt())
			.isEqualTo(2);
	}

	@Test
	void campaignsAreComparedSideBySide() {
		String customer = customer(api, "对比客户有限公司", "A", "深圳市");
		String first = started(api, "{\"name\":\"对比一\",\"channel\":\"other\",\"customerIds\":[\"" + customer + "\"]}");
		String second = started(api, "{\"name\":\"对比二\",\"channel\":\"ad\",\"customerIds\":[\"" + customer + "\"]}");
		log(second, customer, "clicked", null);

		JsonNode compared = api.get("/api/v1/campaign-comparisons?id=" + first + "&id=" + second).json().get("items");
		Api.Response one = api.get("/api/v1/campaign-comparisons?id=" + first);
		String page = browserWithFullAccess().get("/campaign-comparisons?id=" + first + "&id=" + second).body();

		assertThat(compared).hasSize(2);
		assertThat(compared.get(0).get("name").asString()).isEqualTo("对比一");
		assertThat(compared.get(1).get("funnel").get("clicked").asInt()).isEqualTo(1);
		assertThat(compared.get(0).get("byLevel")).isEmpty();
		assertThat(one.status()).isEqualTo(400);
		assertThat(one.errorFields()).containsExactly("id");
		assertThat(page).contains("id=\"compare-table\"", "对比一", "对比二");
	}

	private String customer(Api as, String name, String level, String city) {
		Api.Response created = as.post("/api/v1/customers", CustomerJsonFixture.aCompany(name + tag).with("level", level)
			.with("province", city.equals("深圳市") || city.equals("广州市") ? "广东省" : null).with("city", city)
			.withTags("t" + tag).json());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String started(Api as, String json) {
		Api.Response created = as.post("/api/v1/campaigns", json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(as.post("/api/v1/campaigns/" + id + "/start").status()).isEqualTo(200);
		return id;
	}

	private void log(String campaign, String customer, String status, Instant at) {
		Api.Response logged = api.post("/api/v1/campaigns/" + campaign + "/members/" + customer + "/outcomes",
				"{\"status\":\"" + status + "\"" + (at == null ? "" : ",\"occurredAt\":\"" + at + "\"") + "}");
		assertThat(logged.status()).as(logged.body()).isEqualTo(200);
	}

	private void order(String customer, Instant at, String amount) {
		Api.Response recorded = api.post("/api/v1/customers/" + customer + "/timeline",
				"{\"kind\":\"order\",\"occurredAt\":\"" + at + "\",\"amount\":\"" + amount + "\",\"subject\":\"订单\"}");
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
	}

	private static JsonNode group(JsonNode groups, String key) {
		for (JsonNode group : groups) {
			if (key.equals(group.get("key").asString())) {
				return group;
			}
		}
		throw new AssertionError("no group " + key + " in " + groups);
	}

}
