package dev.clientele.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineApiIT extends DatabaseIT {

	@Autowired
	JdbcTemplate jdbc;

	private Api api;

	private String customer;

	@BeforeEach
	void customer() {
		api = apiWithFullAccess();
		customer = api.post("/api/v1/customers", CustomerJsonFixture.aCompany("时间线测试有限公司").json()).json().get("id").asString();
	}

	private String timeline() {
		return "/api/v1/customers/" + customer + "/timeline";
	}

	private JsonNode append(String json) {
		Api.Response response = api.post(timeline(), json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static String order(String occurredAt, String amount) {
		return "{\"kind\":\"order\",\"occurredAt\":\"" + occurredAt + "\",\"amount\":\"" + amount + "\",\"subject\":\"订单\"}";
	}

	private List<String> subjects(String query) {
		List<String> subjects = new ArrayList<>();
		api.get(timeline() + query).json().get("items").forEach(item -> subjects.add(item.get("subject").asString()));
		return subjects;
	}

	@Test
	void entriesComeNewestFirstWithExactAmountsAndTheServersRecordingTime() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		append("{\"kind\":\"order\",\"occurredAt\":\"2026-03-01T10:00:00+08:00\",\"amount\":\"1999.90\",\"subject\":\"first\"}");
		JsonNode payment = append("{\"kind\":\"payment\",\"occurredAt\":\"2026-03-05T10:00:00Z\",\"amount\":\"0.1\","
				+ "\"currency\":\"usd\",\"subject\":\"second\",\"attributes\":{\"method\":\"alipay\"}}");

		assertThat(payment.get("amount").isString()).isTrue();
		assertThat(payment.get("amount").asString()).isEqualTo("0.10");
		assertThat(payment.get("currency").asString()).isEqualTo("USD");
		assertThat(payment.get("status").asString()).isEqualTo("received");
		assertThat(payment.get("source").asString()).isEqualTo("api");
		assertThat(Instant.parse(payment.get("recordedAt").asString())).isAfterOrEqualTo(before);
		JsonNode page = api.get(timeline()).json();
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("items").get(0).get("subject").asString()).isEqualTo("second");
		assertThat(page.get("items").get(1).get("amount").asString()).isEqualTo("1999.90");
		assertThat(page.get("items").get(1).get("currency").asString()).isEqualTo("CNY");
		assertThat(page.get("next").isNull()).isTrue();
	}

	@Test
	void figuresFollowEveryAppendCorrectionAndVoid() {
		JsonNode first = append(order("2026-01-10T08:00:00Z", "100.00"));
		JsonNode second = append(order("2026-02-10T08:00:00Z", "250.50"));
		append("{\"kind\":\"refund\",\"occurredAt\":\"2026-02-11T08:00:00Z\",\"amount\":\"50.50\"}");
		append("{\"kind\":\"order\",\"occurredAt\":\"2026-02-12T08:00:00Z\",\"amount\":\"999\",\"status\":\"cancelled\"}");
		append("{\"kind\":\"follow-up\",\"occurredAt\":\"2026-02-20T08:00:00Z\",\"attributes\":{\"channel\":\"call\","
				+ "\"nextFollowUpOn\":\"2026-03-01\"}}");

		JsonNode figures = api.get("/api/v1/customers/" + customer + "/figures").json();
		assertThat(figures.get("orderCount").asInt()).isEqualTo(2);
		assertThat(figures.get("totalSpend").asString()).isEqualTo("300.00");
		assertThat(figures.get("firstOrderAt").asString()).isEqualTo("2026-01-10T08:00:00Z");
		assertThat(figures.get("lastOrderAt").asString()).isEqualTo("2026-02-10T08:00:00Z");
		assertThat(figures.get("lastContactAt").asString()).isEqualTo("2026-02-20T08:00:00Z");
		assertThat(figures.get("nextFollowUpOn").asString()).isEqualTo("2026-03-01");

		append("{\"kind\":\"order\",\"occurredAt\":\"2026-01-10T08:00:00Z\",\"amount\":\"120.00\",\"supersedes\":\""
				+ first.get("id").asString() + "\"}");
		assertThat(api.get("/api/v1/customers/" + customer + "/figures").json().get("totalSpend").asString())
			.isEqualTo("320.00");

		Api.Response voided = api.post("/api/v1/timeline/" + second.get("id").asString() + "/void",
				"{\"reason\":\"录入错误\"}");
		assertThat(voided.status()).as(voided.body()).isEqualTo(200);
		assertThat(voided.json().get("state").asString()).isEqualTo("voided");
		assertThat(voided.json().get("voidReason").asString()).isEqualTo("录入错误");
		JsonNode after = api.get("/api/v1/customers/" + customer + "/figures").json();
		assertThat(after.get("orderCount").asInt()).isEqualTo(1);
		assertThat(after.get("totalSpend").asString()).isEqualTo("69.50");
		assertThat(after.get("lastOrderAt").asString()).isEqualTo("2026-01-10T08:00:00Z");
	}

	@Test
	void aCorrectionReplacesTheEntryWhileTheTrailAndThePastKeepIt() {
		JsonNode original = append(order("2026-04-01T08:00:00Z", "10.00").replace("订单", "original"));
		Instant beforeCorrection = Instant.now();
		JsonNode correction = append("{\"kind\":\"order\",\"occurredAt\":\"2026-04-01T08:00:00Z\",\"amount\":\"12.00\","
				+ "\"subject\":\"corrected\",\"supersedes\":\"" + original.get("id").asString() + "\"}");

		assertThat(correction.get("supersedes").asString()).isEqualTo(original.get("id").asString());
		assertThat(subjects("")).containsExactly("corrected");
		assertThat(subjects("?trail=true")).containsExactlyInAnyOrder("corrected", "original");
		JsonNode old = api.get("/api/v1/timeline/" + original.get("id").asString()).json();
		assertThat(old.get("state").asString()).isEqualTo("corrected");
		assertThat(old.get("supersededBy").asString()).isEqualTo(correction.get("id").asString());
		assertThat(subjects("?asOf=" + beforeCorrection)).containsExactly("original");

		Api.Response again = api.post(timeline(), "{\"kind\":\"order\",\"amount\":\"13.00\",\"supersedes\":\""
				+ original.get("id").asString() + "\"}");
		assertThat(again.status()).isEqualTo(409);
		Api.Response otherKind = api.post(timeline(), "{\"kind\":\"payment\",\"amount\":\"13.00\",\"supersedes\":\""
				+ correction.get("id").asString() + "\"}");
		assertThat(otherKind.status()).isEqualTo(400);
		assertThat(otherKind.errorFields()).containsExactly("kind");
	}

	@Test
	void eachAppendCorrectionAndVoidIsAuditedAgainstItsCustomer() {
		JsonNode original = append(order("2026-04-01T08:00:00Z", "10.00"));
		JsonNode correction = append("{\"kind\":\"order\",\"amount\":\"12.00\",\"supersedes\":\""
				+ original.get("id").asString() + "\"}");
		api.post("/api/v1/timeline/" + correction.get("id").asString() + "/void", "{\"reason\":\"重复\"}");

		assertThat(jdbc.queryForList("select action from audit_log where entity = 'customer' and entity_id = ? order by seq",
				String.class, customer))
			.containsSubsequence("timeline.recorded", "timeline.corrected", "timeline.voided");
	}

	@Test
	void entriesAreNeverChangedOrDeletedInPlace() {
		String id = append(order("2026-04-01T08:00:00Z", "10.00")).get("id").asString();

		assertThat(api.patch("/api/v1/timeline/" + id, "{\"subject\":\"x\"}").status()).isEqualTo(405);
		assertThat(api.put("/api/v1/timeline/" + id, "{\"subject\":\"x\"}").status()).isEqualTo(405);
		assertThat(api.delete("/api/v1/timeline/" + id).status()).isEqualTo(405);
		Api.Response noReason = api.post("/api/v1/timeline/" + id + "/void", "{}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.errorFields()).containsExactly("reason");
		api.post("/api/v1/timeline/" + id + "/void", "{\"reason\":\"dup\"}");
		assertThat(api.post("/api/v1/timeline/" + id + "/void", "{\"reason\":\"dup\"}").status()).isEqualTo(409);
	}

	@Test
	void badInputIsRefusedNamingEachField() {
		Api.Response response = api.post(timeline(), "{\"kind\":\"order\",\"amount\":19.99,\"currency\":\"XYZ\","
				+ "\"status\":\"lost\",\"occurredAt\":\"yesterday\",\"recordedAt\":\"2020-01-01T00:00:00Z\",\"colour\":\"red\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.errorFields()).contains("amount", "recordedAt", "colour");

		Api.Response typed = api.post(timeline(), "{\"kind\":\"order\",\"amount\":\"-5\",\"currency\":\"XYZ\","
				+ "\"status\":\"lost\",\"occurredAt\":\"yesterday\"}");
		assertThat(typed.errorFields()).containsExactlyInAnyOrder("amount", "currency", "status", "occurredAt");

		Api.Response followUp = api.post(timeline(), "{\"kind\":\"follow-up\",\"amount\":\"5\","
				+ "\"attributes\":{\"channel\":\"fax\",\"nextFollowUpOn\":\"soon\",\"mood\":\"good\"}}");
		assertThat(followUp.errorFields()).containsExactlyInAnyOrder("amount", "attributes.channel",
				"attributes.nextFollowUpOn", "attributes.mood");
		assertThat(api.post(timeline(), "{\"kind\":\"gossip\"}").errorFields()).containsExactly("kind");
		assertThat(api.get(timeline()).json().get("items")).isEmpty();
	}

	@Test
	void theSameSourceAndExternalIdIsRecordedOnce() {
		String json = "{\"kind\":\"order\",\"amount\":\"88.00\",\"source\":\"erp\",\"externalId\":\"SO-1001\"}";
		Api.Response first = api.post(timeline(), json);
		Api.Response second = api.post(timeline(), json);

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(api.get(timeline()).json().get("items")).hasSize(1);
		assertThat(api.get("/api/v1/customers/" + customer + "/figures").json().get("orderCount").asInt()).isEqualTo(1);
	}

	@Test
	void pagesFollowTheCursorAndFilterByKindAndBusinessTime() {
		for (int day = 1; day <= 5; day++) {
			append("{\"kind\":\"order\",\"amount\":\"1\",\"subject\":\"o" + day + "\",\"occurredAt\":\"2026-05-0" + day
					+ "T08:00:00Z\"}");
			append("{\"kind\":\"follow-up\",\"subject\":\"f" + day + "\",\"occurredAt\":\"2026-05-0" + day
					+ "T09:00:00Z\",\"attributes\":{\"channel\":\"visit\"}}");
		}
		JsonNode first = api.get(timeline() + "?limit=4").json();
		JsonNode second = api.get(timeline() + "?limit=4&cursor=" + first.get("next").asString()).json();
		JsonNode third = api.get(timeline() + "?limit=4&cursor=" + second.get("next").asString()).json();

		assertThat(first.get("items").get(0).get("subject").asString()).isEqualTo("f5");
		assertThat(second.get("items").get(0).get("subject").asString()).isEqualTo("f3");
		assertThat(third.get("items")).hasSize(2);
		assertThat(third.get("next").isNull()).isTrue();
		assertThat(subjects("?kind=order&occurredFrom=2026-05-02T00:00:00Z&occurredTo=2026-05-04T00:00:00Z"))
			.containsExactly("o3", "o2");
		assertThat(api.get(timeline() + "?cursor=nonsense").errorFields()).containsExactly("cursor");
		assertThat(api.get(timeline() + "?kind=gossip").errorFields()).containsExactly("kind");
	}

	@Test
	void entriesLongAgoAndInManyMonthsAreStored() {
		append(order("2015-03-10T08:00:00Z", "5.00"));
		append(order("2019-12-31T23:59:59Z", "6.00"));
		append(order("2020-01-01T00:00:00Z", "7.00"));

		assertThat(api.get(timeline() + "?occurredTo=2020-01-01T00:00:00Z").json().get("items")).hasSize(2);
		assertThat(api.get("/api/v1/customers/" + customer + "/figures").json().get("firstOrderAt").asString())
			.isEqualTo("2015-03-10T08:00:00Z");
	}

	@Test
	void aFollowUpNamesTheNextDateUntilALaterOneReplacesIt() {
		append("{\"kind\":\"follow-up\",\"occurredAt\":\"2026-06-01T08:00:00Z\",\"attributes\":{\"channel\":\"call\","
				+ "\"nextFollowUpOn\":\"2026-06-10\"}}");
		append("{\"kind\":\"follow-up\",\"occurredAt\":\"2026-05-01T08:00:00Z\",\"attributes\":{\"channel\":\"call\","
				+ "\"nextFollowUpOn\":\"2026-05-05\"}}");
		assertThat(api.get("/api/v1/customers/" + customer + "/figures").json().get("nextFollowUpOn").asString())
			.isEqualTo("2026-06-10");

		append("{\"kind\":\"follow-up\",\"occurredAt\":\"2026-06-09T08:00:00Z\",\"attributes\":{\"channel\":\"visit\"}}");
		JsonNode figures = api.get("/api/v1/customers/" + customer + "/figures").json();
		assertThat(figures.get("nextFollowUpOn").isNull()).isTrue();
		assertThat(figures.get("lastContactAt").asString()).isEqualTo("2026-06-09T08:00:00Z");
	}

	@Test
	void figuresFilterTheCustomerList() {
		append(order(Instant.now().minus(10, ChronoUnit.DAYS).toString(), "5000.00"));
		String other = api.post("/api/v1/customers", CustomerJsonFixture.aCompany("小额客户有限公司").json())
			.json()
			.get("id")
			.asString();
		api.post("/api/v1/customers/" + other + "/timeline", order(Instant.now().toString(), "10.00"));

		String filter = "{\"and\":[{\"field\":\"totalSpend\",\"op\":\"between\",\"value\":[\"1000\",null]},"
				+ "{\"field\":\"lastOrderAt\",\"op\":\"between\",\"value\":[\""
				+ LocalDate.now().minusDays(90) + "\",null]}]}";
		JsonNode list = api.get("/api/v1/customers?filter=" + Api.encode(filter)).json();
		assertThat(list.get("items")).extracting(item -> item.get("id").asString()).containsExactly(customer);
	}

	@Test
	void figuresAppearInTheCustomerJsonSortTheListAndFillExportColumns() {
		append(order("2026-01-10T08:00:00Z", "5000.00"));
		String small = api.post("/api/v1/customers", CustomerJsonFixture.aCompany("小额客户有限公司").json())
			.json()
			.get("id")
			.asString();
		api.post("/api/v1/customers/" + small + "/timeline", order("2026-01-11T08:00:00Z", "10.00"));

		JsonNode figures = api.get("/api/v1/customers/" + customer).json().get("figures");
		assertThat(figures.get("orderCount").asInt()).isEqualTo(1);
		assertThat(figures.get("totalSpend").asString()).isEqualTo("5000.00");
		String filter = Api.encode("{\"field\":\"orderCount\",\"op\":\"eq\",\"value\":1}");
		JsonNode sorted = api.get("/api/v1/customers?sort=-totalSpend&filter=" + filter).json();
		List<String> ids = new ArrayList<>();
		sorted.get("items").forEach(item -> ids.add(item.get("id").asString()));
		assertThat(ids).containsSubsequence(customer, small);
		String csv = api.download("/api/v1/customers/export?format=csv&filter=" + filter).text();
		assertThat(csv.lines().findFirst().orElseThrow()).contains("Orders", "Total spend", "Last order");
		assertThat(csv).contains("5000.00");
	}

	@Test
	void sortingByAFigurePagesThroughTheCustomersWithOneThenThoseWithoutInEitherDirection() {
		String tag = "排序" + UUID.randomUUID().toString().substring(0, 8);
		List<String> spent = new ArrayList<>();
		for (String amount : List.of("300.00", "100.00", "200.00")) {
			String id = company(tag + "消费" + amount);
			api.post("/api/v1/customers/" + id + "/timeline", order("2026-01-10T08:00:00Z", amount));
			spent.add(id);
		}
		String first = company(tag + "A");
		String second = company(tag + "B");
		List<String> byIdDescending = Stream.of(first, second).sorted(Comparator.reverseOrder()).toList();
		String filter = "&filter=" + Api.encode("{\"field\":\"name\",\"op\":\"contains\",\"value\":\"" + tag + "\"}");

		List<String> descending = pages("/api/v1/customers?sort=-totalSpend&limit=2" + filter);
		List<String> ascending = pages("/api/v1/customers?sort=totalSpend,name&limit=2" + filter);

		assertThat(descending).containsExactly(spent.get(0), spent.get(2), spent.get(1), byIdDescending.get(0),
				byIdDescending.get(1));
		assertThat(ascending).containsExactly(spent.get(1), spent.get(2), spent.get(0), first, second);
		assertThat(pages("/api/v1/customers?sort=-totalSpend&limit=10" + filter)).isEqualTo(descending);
	}

	private String company(String name) {
		return api.post("/api/v1/customers", CustomerJsonFixture.aCompany(name).json()).json().get("id").asString();
	}

	/** Every customer id of a list, following its cursor page by page. */
	private List<String> pages(String path) {
		List<String> ids = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = api.get(path + (cursor == null ? "" : "&cursor=" + cursor)).json();
			page.get("items").forEach(item -> ids.add(item.get("id").asString()));
			cursor = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (cursor != null);
		return ids;
	}

	@Test
	void rfmScoresRankCustomersByQuintileOnDemand() {
		append(order(Instant.now().minus(400, ChronoUnit.DAYS).toString(), "10.00"));
		String loyal = api.post("/api/v1/customers", CustomerJsonFixture.aCompany("忠实客户有限公司").json())
			.json()
			.get("id")
			.asString();
		for (int i = 1; i <= 3; i++) {
			api.post("/api/v1/customers/" + loyal + "/timeline",
					order(Instant.now().minus(i, ChronoUnit.DAYS).toString(), "100000.00"));
		}

		Api.Response scored = api.post("/api/v1/timeline/rfm-scores");
		assertThat(scored.status()).as(scored.body()).isEqualTo(200);
		assertThat(scored.json().get("scored").asInt()).isGreaterThanOrEqualTo(2);
		JsonNode best = api.get("/api/v1/customers/" + loyal + "/figures").json();
		JsonNode worst = api.get("/api/v1/customers/" + customer + "/figures").json();
		assertThat(best.get("recency").asInt()).isGreaterThan(worst.get("recency").asInt());
		assertThat(best.get("frequency").asInt()).isGreaterThanOrEqualTo(worst.get("frequency").asInt());
		assertThat(best.get("monetary").asInt()).isGreaterThan(worst.get("monetary").asInt());
		assertThat(List.of(best.get("recency").asInt(), worst.get("monetary").asInt())).allMatch(s -> s >= 1 && s <= 5);
	}

	@Test
	void theTimelineIsPartOfTheSubjectExportAndErasureDeletesIt() {
		append("{\"kind\":\"follow-up\",\"body\":\"客户说下周再联系\",\"attributes\":{\"channel\":\"call\"},"
				+ "\"source\":\"crm\",\"externalId\":\"F-77\"}");
		JsonNode order = append(order("2026-03-01T00:00:00Z", "10.00"));
		api.post("/api/v1/timeline/" + order.get("id").asString() + "/void", "{\"reason\":\"作废\"}");

		JsonNode export = api.get("/api/v1/customers/" + customer + "/personal-data").json();
		assertThat(export.at("/parts/timeline/entries")).hasSize(2);
		assertThat(export.toString()).contains("客户说下周再联系");

		Api.Response erased = api.post("/api/v1/customers/" + customer + "/erasure", "{\"reason\": \"客户依法申请删除\"}");
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.json().at("/erasedRecords/timeline/entries").asInt()).isEqualTo(2);
		assertThat(erased.json().at("/erasedRecords/timeline/externalKeys").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from timeline_entries where customer_id = ?", Long.class,
				UUID.fromString(customer))).isZero();
		assertThat(jdbc.queryForObject("select count(*) from customer_figures where customer_id = ?", Long.class,
				UUID.fromString(customer))).isZero();
	}

	@Test
	void administratorsAddKindsWithTypedAttributes() {
		String key = "visit-" + customer.substring(0, 6).replaceAll("[^a-z0-9]", "a");
		Api.Response defined = api.post("/api/v1/timeline/kinds", "{\"key\":\"" + key + "\",\"labelZh\":\"展会\","
				+ "\"labelEn\":\"Trade fair\",\"statuses\":[\"planned\",\"met\"],\"attributes\":[{\"key\":\"booth\","
				+ "\"labelZh\":\"展位\",\"labelEn\":\"Booth\",\"type\":\"number\",\"required\":true}]}");
		assertThat(defined.status()).as(defined.body()).isEqualTo(201);

		JsonNode entry = append("{\"kind\":\"" + key + "\",\"attributes\":{\"booth\":\"12\"}}");
		assertThat(entry.get("status").asString()).isEqualTo("planned");
		assertThat(api.post(timeline(), "{\"kind\":\"" + key + "\",\"attributes\":{\"booth\":\"A\"}}").errorFields())
			.containsExactly("attributes.booth");
		assertThat(api.post("/api/v1/timeline/kinds", "{\"key\":\"order\",\"labelZh\":\"x\",\"labelEn\":\"x\"}")
			.errorFields()).containsExactly("key");
		assertThat(api.get("/api/v1/timeline/kinds").json()).extracting(kind -> kind.get("key").asString())
			.contains("order", "payment", "refund", "follow-up", "ticket", key);
	}

}
