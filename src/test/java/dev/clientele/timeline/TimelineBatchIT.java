package dev.clientele.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineBatchIT extends DatabaseIT {

	@Autowired
	JdbcTemplate jdbc;

	private Api api;

	private String customer;

	@BeforeEach
	void customer() {
		api = apiWithFullAccess();
		customer = create(api, "批量时间线有限公司");
	}

	private static String create(Api api, String name) {
		return api.post("/api/v1/customers", CustomerJsonFixture.aCompany(name).json()).json().get("id").asString();
	}

	private static List<JsonNode> results(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/x-ndjson");
		List<JsonNode> results = new ArrayList<>();
		response.body().lines().forEach(line -> results.add(Api.JSON.readTree(line)));
		return results;
	}

	private Api.Response batch(Api api, String ndjson) {
		return api.post("/api/v1/timeline/batch", "application/x-ndjson", ndjson);
	}

	private String line(String externalId, String amount) {
		return line(customer, externalId, amount);
	}

	private static String line(String customer, String externalId, String amount) {
		return "{\"customerId\":\"" + customer + "\",\"kind\":\"order\",\"amount\":\"" + amount
				+ "\",\"source\":\"shop\",\"externalId\":\"" + externalId + "\",\"occurredAt\":\"2026-07-01T08:00:00Z\"}";
	}

	@Test
	void eachLineIsAnsweredAndABadLineNeverStopsTheOthers() {
		String ndjson = String.join("\n", line("A-1", "10.00"), "not json at all",
				"{\"customerId\":\"" + customer + "\",\"kind\":\"order\",\"amount\":\"oops\"}", "",
				line("A-2", "20.00"), line("A-1", "10.00"),
				"{\"customerId\":\"00000000-0000-7000-8000-000000000000\",\"kind\":\"order\",\"amount\":\"1\"}");

		List<JsonNode> results = results(batch(api, ndjson));

		assertThat(results).extracting(r -> r.get("line").asLong() + ":" + r.get("result").asString())
			.containsExactly("1:created", "2:rejected", "3:rejected", "5:created", "6:duplicate", "7:rejected");
		assertThat(results.get(1).get("errors").get(0).get("code").asString()).isEqualTo("body.notJson");
		assertThat(results.get(2).get("errors").get(0).get("field").asString()).isEqualTo("amount");
		assertThat(results.get(4).get("entryId").asString()).isEqualTo(results.get(0).get("entryId").asString());
		assertThat(results.get(5).get("errors").get(0).get("field").asString()).isEqualTo("customerId");
		JsonNode figures = api.get("/api/v1/customers/" + customer + "/figures").json();
		assertThat(figures.get("orderCount").asInt()).isEqualTo(2);
		assertThat(figures.get("totalSpend").asString()).isEqualTo("30.00");
	}

	@Test
	void postingTheSameBatchTwiceRecordsNothingNew() {
		StringBuilder ndjson = new StringBuilder();
		for (int i = 0; i < 2_500; i++) {
			ndjson.append(line("B-" + i, "1.50")).append('\n');
		}
		List<JsonNode> first = results(batch(api, ndjson.toString()));
		List<JsonNode> second = results(batch(api, ndjson.toString()));

		assertThat(first).allMatch(r -> r.get("result").asString().equals("created")).hasSize(2_500);
		assertThat(second).allMatch(r -> r.get("result").asString().equals("duplicate")).hasSize(2_500);
		assertThat(jdbc.queryForObject("select count(*) from timeline_entries where customer_id = ?",
				Long.class, java.util.UUID.fromString(customer))).isEqualTo(2_500L);
		JsonNode figures = api.get("/api/v1/customers/" + customer + "/figures").json();
		assertThat(figures.get("orderCount").asInt()).isEqualTo(2_500);
		assertThat(figures.get("totalSpend").asString()).isEqualTo("3750.00");
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'timeline.batchRecorded'",
				Long.class)).isGreaterThanOrEqualTo(2L);
	}

	@Test
	void concurrentBatchesGivingCustomersTheirFirstFiguresAddUp() throws Exception {
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			customers.add(create(api, "并发批量" + i + "有限公司"));
		}
		List<String> batches = new ArrayList<>();
		for (int b = 0; b < 2; b++) {
			StringBuilder ndjson = new StringBuilder();
			for (int i = 0; i < customers.size(); i++) {
				ndjson.append(line(customers.get(i), "C" + b + "-" + i, "2.50")).append('\n');
			}
			batches.add(ndjson.toString());
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CyclicBarrier together = new CyclicBarrier(2);
		try {
			List<Future<List<JsonNode>>> posted = new ArrayList<>();
			for (String ndjson : batches) {
				posted.add(pool.submit(() -> {
					together.await();
					return results(batch(api, ndjson));
				}));
			}
			for (Future<List<JsonNode>> results : posted) {
				assertThat(results.get()).hasSize(150).allMatch(r -> r.get("result").asString().equals("created"));
			}
		}
		finally {
			pool.shutdownNow();
		}

		for (String id : customers) {
			JsonNode figures = api.get("/api/v1/customers/" + id + "/figures").json();
			assertThat(figures.get("orderCount").asInt()).as(id).isEqualTo(2);
			assertThat(figures.get("totalSpend").asString()).as(id).isEqualTo("5.00");
		}
	}

	@Test
	void linesWithoutExternalIdsAreKeyedByWhatTheySay() {
		String call = "{\"customerId\":\"" + customer + "\",\"kind\":\"follow-up\",\"occurredAt\":\"2026-07-02T08:00:00Z\","
				+ "\"attributes\":{\"channel\":\"call\"}}";
		String order = "{\"customerId\":\"" + customer + "\",\"kind\":\"order\",\"amount\":\"10\","
				+ "\"occurredAt\":\"2026-07-02T09:00:00Z\"}";
		String ndjson = call + "\n" + order;

		assertThat(results(batch(api, ndjson))).extracting(r -> r.get("result").asString())
			.containsExactly("created", "created");
		assertThat(results(batch(api, call + "\n" + order.replace("\"10\"", "\"10.00\""))))
			.extracting(r -> r.get("result").asString())
			.containsExactly("duplicate", "duplicate");
		assertThat(results(batch(api, order.replace("\"10\"", "\"11\"")))).extracting(r -> r.get("result").asString())
			.containsExactly("created");
		assertThat(api.get("/api/v1/customers/" + customer + "/timeline").json().get("items")).hasSize(3);
	}

	@Test
	void aLineCanCorrectAnEntry() {
		String id = results(batch(api, line("C-1", "10.00"))).get(0).get("entryId").asString();
		String correction = "{\"customerId\":\"" + customer + "\",\"kind\":\"order\",\"amount\":\"11.00\",\"supersedes\":\""
				+ id + "\",\"occurredAt\":\"2026-07-01T08:00:00Z\"}";

		List<JsonNode> results = results(batch(api, correction + "\n" + correction));

		assertThat(results).extracting(r -> r.get("result").asString()).containsExactly("created", "rejected");
		assertThat(api.get("/api/v1/customers/" + customer + "/figures").json().get("totalSpend").asString())
			.isEqualTo("11.00");
	}

	@Test
	void customersOutsideTheDataScopeAreNeitherReadNorWritten() {
		Api rep = apiWithRoles("sales-rep");
		String own = create(rep, "自己的客户有限公司");

		assertThat(rep.get("/api/v1/customers/" + customer + "/timeline").status()).isEqualTo(404);
		assertThat(rep.post("/api/v1/customers/" + customer + "/timeline", "{\"kind\":\"order\",\"amount\":\"1\"}")
			.status()).isEqualTo(404);
		List<JsonNode> results = results(batch(rep, line("D-1", "1.00") + "\n"
				+ line("D-2", "1.00").replace(customer, own)));
		assertThat(results).extracting(r -> r.get("result").asString()).containsExactly("rejected", "created");
		assertThat(api.get("/api/v1/customers/" + customer + "/timeline").json().get("items")).isEmpty();
	}

	@Test
	void theBatchEndpointTakesNdjsonOnly() {
		assertThat(api.post("/api/v1/timeline/batch", line("E-1", "1")).status()).isEqualTo(415);
	}

}
