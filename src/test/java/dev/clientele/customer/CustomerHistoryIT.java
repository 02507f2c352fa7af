package dev.clientele.customer;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CustomerHistoryIT extends DatabaseIT {

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
	}

	@Test
	void aCustomerIsShownAsItWasRecordedAtAnyInstant() throws InterruptedException {
		Instant before = Instant.now();
		Thread.sleep(5);
		String path = api.post("/api/v1/customers", aCompany("时光公司").with("city", "苏州市").json()).location().orElseThrow();
		Thread.sleep(5);
		Instant betweenTheVersions = Instant.now();
		Thread.sleep(5);
		api.patch(path, "{\"version\": 1, \"city\": \"无锡市\"}");

		assertThat(api.get(path + "?asOf=" + before).status()).isEqualTo(404);
		JsonNode then = api.get(path + "?asOf=" + betweenTheVersions).json();
		assertThat(then.get("city").asString()).isEqualTo("苏州市");
		assertThat(then.get("version").asInt()).isEqualTo(1);
		assertThat(api.get(path + "?asOf=" + Instant.now()).json().get("city").asString()).isEqualTo("无锡市");
		assertThat(api.get(path + "?asOf=yesterday").errorFields()).containsExactly("asOf");
	}

	@Test
	void oneVersionCanBeReadAndRestoredAsANewVersion() {
		String path = api.post("/api/v1/customers", aCompany("回滚公司").with("level", "A").json()).location().orElseThrow();
		api.patch(path, "{\"version\": 1, \"level\": \"C\", \"city\": \"扬州市\"}");

		assertThat(api.get(path + "/versions/1").json().at("/snapshot/level").asString()).isEqualTo("A");
		assertThat(api.get(path + "/versions/9").status()).isEqualTo(404);

		Api.Response restored = api.post(path + "/versions/1/restore", "{\"version\": 2}");
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.json().get("level").asString()).isEqualTo("A");
		assertThat(restored.json().get("city").isNull()).isTrue();
		assertThat(restored.json().get("version").asInt()).isEqualTo(3);
		JsonNode latest = api.get(path + "/versions").json().get(0);
		assertThat(latest.get("source").asString()).isEqualTo("restore:1");
		assertThat(api.get(path + "/versions").json()).hasSize(3);

		assertThat(api.post(path + "/versions/1/restore", "{\"version\": 2}").status()).isEqualTo(409);
	}

	@Test
	void aFirstVersionShowsEveryFieldItSetThoughItsChangesAreStoredOnlyInItsSnapshot() {
		String path = api.post("/api/v1/customers", aCompany("初版公司").with("city", "绍兴市").with("level", "B").json())
			.location()
			.orElseThrow();
		api.patch(path, "{\"version\": 1, \"level\": \"A\"}");
		UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

		Map<String, String> firstChanges = new HashMap<>();
		api.get(path + "/versions/1").json().get("changes").forEach(c -> firstChanges.put(c.get("field").asString(),
				c.get("old").isNull() ? "was empty, now " + c.get("new").asString() : "was not empty"));
		assertThat(firstChanges).containsEntry("name", "was empty, now 初版公司")
			.containsEntry("city", "was empty, now 绍兴市")
			.containsEntry("level", "was empty, now B");
		assertThat(api.get(path + "/versions/2").json().at("/changes/0/old").asString()).isEqualTo("B");
		assertThat(jdbc.sql("select version from customer_version where customer_id = ? and changes is null order by version")
			.param(id)
			.query(Integer.class)
			.list()).containsExactly(1);
	}

}
