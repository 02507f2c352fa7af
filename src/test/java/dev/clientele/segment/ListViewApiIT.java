package dev.clientele.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Saved views of the customer list over the REST API: private and shared, owner-only changes, checked filters. */
class ListViewApiIT extends DatabaseIT {

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aPrivateViewIsSeenByItsOwnerOnlyAndASharedOneByEveryReader() {
		Api owner = apiWithFullAccess();
		Api other = apiWithRoles("read-only");
		String mine = save(owner, "{\"name\": \"私有" + run + "\", \"filter\": {\"field\": \"city\", \"op\": \"eq\","
				+ " \"value\": \"深圳市\"}, \"sort\": \"-updatedAt\"}");
		String shared = save(owner, "{\"name\": \"共享" + run + "\", \"shared\": true, \"q\": \"科技\","
				+ " \"filter\": {\"field\": \"lastOrderAt\", \"op\": \"withinLastDays\", \"value\": 90}}");

		assertThat(owner.get("/api/v1/views").body()).contains(mine, shared);
		assertThat(other.get("/api/v1/views").body()).contains(shared).doesNotContain(mine);
		assertThat(other.get("/api/v1/views/" + mine).status()).isEqualTo(404);
		JsonNode view = other.get("/api/v1/views/" + shared).json();
		assertThat(view.get("filter").get("op").asString()).isEqualTo("withinLastDays");
		assertThat(view.get("link").asString()).startsWith("/customers?q=").contains("filter=");
	}

	@Test
	void onlyTheOwnerChangesOrDeletesASharedView() {
		Api owner = apiWithFullAccess();
		Api other = apiWithRoles("sales-rep");
		String id = save(owner, "{\"name\": \"团队" + run + "\", \"shared\": true, \"sort\": \"name\"}");

		assertThat(other.put("/api/v1/views/" + id, "{\"name\": \"抢走\"}").status()).isEqualTo(403);
		assertThat(other.delete("/api/v1/views/" + id).status()).isEqualTo(403);
		assertThat(owner.put("/api/v1/views/" + id, "{\"name\": \"团队改名" + run + "\", \"shared\": false}").json()
			.get("shared").asBoolean()).isFalse();
		assertThat(other.get("/api/v1/views/" + id).status()).isEqualTo(404);
		assertThat(owner.delete("/api/v1/views/" + id).status()).isEqualTo(204);
		assertThat(owner.get("/api/v1/views/" + id).status()).isEqualTo(404);

		assertThat(apiWithRoles("security-auditor").get("/api/v1/audit?entity=view&entityId=" + id).json().get("items"))
			.extracting(e -> e.get("action").asString())
			.containsExactly("view.deleted", "view.updated", "view.created");
	}

	@Test
	void aViewsFilterAndSortAreCheckedAsTheListChecksThem() {
		Api owner = apiWithFullAccess();

		Api.Response field = owner.post("/api/v1/views", "{\"name\": \"坏\", \"filter\": {\"or\": [{\"field\": \"colour\","
				+ " \"op\": \"eq\", \"value\": \"red\"}]}}");
		Api.Response sort = owner.post("/api/v1/views", "{\"name\": \"坏\", \"sort\": \"colour\"}");
		Api.Response name = owner.post("/api/v1/views", "{\"filter\": \"{oops\"}");

		assertThat(field.status()).isEqualTo(400);
		assertThat(field.errorFields()).containsExactly("filter.or[0].field");
		assertThat(sort.status()).isEqualTo(400);
		assertThat(sort.errorFields()).containsExactly("sort");
		assertThat(name.errorFields()).containsExactlyInAnyOrder("name", "filter");
		assertThat(apiWithRoles("security-auditor").post("/api/v1/views", "{\"name\": \"x\"}").status()).isEqualTo(403);
	}

	private static String save(Api client, String json) {
		Api.Response response = client.post("/api/v1/views", json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
