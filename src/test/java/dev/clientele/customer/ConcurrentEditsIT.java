package dev.clientele.customer;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.VocabularyFixture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Many writers edit one customer at once, each reading the current version and patching with it.
 * Every accepted edit that changes something must leave exactly one version, every refused one a 409 and no trace, and
 * the versions replayed in order must give the final row: no edit lost, none applied twice.
 */
class ConcurrentEditsIT extends DatabaseIT {

	static final int WRITERS = 6;

	static final int EDITS_EACH = 15;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void concurrentEditsEachLeaveOneVersionAndTheVersionsReplayToTheFinalRow() throws Exception {
		Api creator = apiWithFullAccess();
		String path = creator.post("/api/v1/customers", aCompany("并发编辑公司").with("city", "杭州市").json())
			.location()
			.orElseThrow();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger unchanged = new AtomicInteger();
		AtomicInteger conflicts = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			Api api = apiWithFullAccess();
			Random random = new Random(w);
			writers.add(pool.submit(() -> {
				for (int i = 0; i < EDITS_EACH; i++) {
					int version = api.get(path).json().get("version").asInt();
					Api.Response response = api.patch(path, randomEdit(random, version));
					if (response.status() == 200) {
						// an edit that sets what is already there is accepted and writes nothing
						int after = response.json().get("version").asInt();
						assertThat(after).isIn(version, version + 1);
						(after == version ? unchanged : accepted).incrementAndGet();
					}
					else {
						assertThat(response.status()).as(response.body()).isEqualTo(409);
						conflicts.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> writer : writers) {
			writer.get(2, TimeUnit.MINUTES);
		}
		pool.shutdown();

		JsonNode versions = creator.get(path + "/versions").json();
		JsonNode finalRow = creator.get(path).json();
		assertThat(accepted.get() + unchanged.get() + conflicts.get()).isEqualTo(WRITERS * EDITS_EACH);
		assertThat(accepted.get()).isPositive();
		assertThat(versions).hasSize(1 + accepted.get());
		assertThat(finalRow.get("version").asInt()).isEqualTo(1 + accepted.get());

		ObjectNode replayed = (ObjectNode) versions.get(versions.size() - 1).get("snapshot").deepCopy();
		for (int i = versions.size() - 2; i >= 0; i--) {
			JsonNode version = versions.get(i);
			assertThat(version.get("version").asInt()).isEqualTo(versions.size() - i);
			for (JsonNode change : version.get("changes")) {
				String field = change.get("field").asString();
				assertThat(nullable(replayed.get(field))).as("version %s saw %s as it was", version.get("version"), field)
					.isEqualTo(nullable(change.get("old")));
				replayed.set(field, change.get("new"));
			}
			assertThat(replayed).as("version %s is its predecessor plus its changes", version.get("version"))
				.isEqualTo(version.get("snapshot"));
		}
		for (String field : List.of("city", "level", "notes", "tags", "name")) {
			assertThat(nullable(finalRow.get(field))).as(field).isEqualTo(nullable(replayed.get(field)));
		}
	}

	private static String randomEdit(Random random, int version) {
		ObjectNode patch = JSON.createObjectNode().put("version", version);
		switch (random.nextInt(4)) {
			case 0 -> patch.put("city", List.of("上海市", "北京市", "广州市", "深圳市").get(random.nextInt(4)));
			case 1 -> patch.put("level", VocabularyFixture.LEVELS.get(random.nextInt(4)));
			case 2 -> patch.put("notes", "第 " + random.nextInt(1000) + " 次修改");
			default -> patch.putArray("tags").add("T" + random.nextInt(3)).add("并发");
		}
		return patch.toString();
	}

	/** Absent, JSON null and an empty list all mean "nothing recorded". */
	private static JsonNode nullable(JsonNode node) {
		if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
			return JSON.nullNode();
		}
		return node;
	}

}
