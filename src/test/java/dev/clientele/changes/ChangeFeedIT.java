package dev.clientele.changes;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The pull feed {@code GET /api/v1/changes}: every change in commit order, resumable by cursor,
 * each reader seeing only the customers in their scope and only the field names they may see.
 */
class ChangeFeedIT extends DatabaseIT {

	static final Duration WAIT = Duration.ofSeconds(15);

	@Test
	void everyChangeToACustomerAndItsContactsArrivesInCommitOrderAndResumesByCursor() {
		Api api = apiWithFullAccess();
		String start = api.get("/api/v1/changes?from=now").json().get("next").asString();
		String id = api.post("/api/v1/customers", aCompany("杭州变更推送科技有限公司").json()).json().get("id").asString();
		String path = "/api/v1/customers/" + id;
		api.patch(path, "{\"version\": 1, \"city\": \"杭州市\", \"level\": \"A\"}");
		String contact = api.post(path + "/contacts", "{\"name\": \"王经理\"}").json().get("id").asString();
		api.delete(path);
		api.post(path + "/restore");

		List<JsonNode> changes = awaitChanges(api, start, items -> items.size() >= 5, id);

		// the listeners run concurrently: the feed's order is the order their appends committed
		assertThat(changes).extracting(c -> c.get("type").asString() + "@" + c.get("version").asInt())
			.containsExactlyInAnyOrder("customer.created@1", "customer.updated@2", "contact.created@1",
					"customer.deleted@3", "customer.restored@4");
		JsonNode update = changes.stream().filter(c -> c.get("type").asString().equals("customer.updated")).findFirst().get();
		assertThat(update.get("fields")).extracting(JsonNode::asString).containsExactlyInAnyOrder("city", "level");
		assertThat(changes).filteredOn(c -> c.get("type").asString().startsWith("contact."))
			.extracting(c -> c.get("recordId").asString())
			.containsExactly(contact);
		assertThat(changes).allSatisfy(c -> {
			assertThat(c.get("customerId").asString()).isEqualTo(id);
			assertThat(c.get("actorName").asString()).startsWith("t");
			assertThat(c.toString()).doesNotContain("杭州");
		});
		List<Long> seqs = changes.stream().map(c -> c.get("seq").asLong()).toList();
		assertThat(seqs).isSorted().doesNotHaveDuplicates();

		// two at a time, each page continuing where the previous one ended
		List<String> paged = new ArrayList<>();
		String cursor = start;
		for (int i = 0; i < 10 && paged.size() < 5; i++) {
			JsonNode page = api.get("/api/v1/changes?limit=2&cursor=" + cursor).json();
			page.get("items").forEach(c -> {
				if (c.get("customerId").asString().equals(id)) {
					paged.add(c.get("type").asString() + "@" + c.get("version").asInt());
				}
			});
			cursor = page.get("next").asString();
		}
		assertThat(paged).isEqualTo(changes.stream().map(c -> c.get("type").asString() + "@" + c.get("version").asInt()).toList());
		assertThat(api.get("/api/v1/changes?cursor=" + cursor).json().get("items").size()).isZero();
	}

	@Test
	void aSalesRepSeesOnlyTheChangesOfTheirOwnCustomers() {
		defineRole("test-changes-own", DataScope.OWN, Map.of());
		Api rep = apiWithRoles("test-changes-own");
		Api other = apiWithFullAccess();
		String start = rep.get("/api/v1/changes?from=now").json().get("next").asString();

		String foreign = other.post("/api/v1/customers", aCompany("别人的客户有限公司").json()).json().get("id").asString();
		String own = rep.post("/api/v1/customers", aCompany("自己的客户有限公司").json()).json().get("id").asString();
		awaitChanges(other, start, items -> items.stream().anyMatch(c -> c.get("customerId").asString().equals(own)),
				null);

		JsonNode items = rep.get("/api/v1/changes?cursor=" + start).json().get("items");
		assertThat(items).extracting(c -> c.get("customerId").asString()).contains(own).doesNotContain(foreign);
		assertThat(other.get("/api/v1/changes?cursor=" + start).json().get("items"))
			.extracting(c -> c.get("customerId").asString())
			.contains(own, foreign);
	}

	@Test
	void theNamesOfHiddenFieldsAreLeftOut() {
		defineRole("test-changes-no-notes", DataScope.ALL, Map.of("notes", FieldAccess.HIDDEN));
		Api reader = apiWithRoles("test-changes-no-notes");
		Api api = apiWithFullAccess();
		String start = api.get("/api/v1/changes?from=now").json().get("next").asString();
		String id = api.post("/api/v1/customers", aCompany("备注隐藏测试有限公司").json()).json().get("id").asString();
		api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"city\": \"苏州市\", \"notes\": \"只给经理看\"}");
		awaitChanges(api, start, items -> items.size() >= 2, id);

		List<JsonNode> seen = awaitChanges(reader, start, items -> items.size() >= 2, id);
		JsonNode update = seen.stream().filter(c -> c.get("type").asString().equals("customer.updated")).findFirst().get();
		assertThat(update.get("fields")).extracting(JsonNode::asString).containsExactly("city");
		JsonNode full = awaitChanges(api, start, items -> items.size() >= 2, id).stream()
			.filter(c -> c.get("type").asString().equals("customer.updated"))
			.findFirst()
			.get();
		assertThat(full.get("fields")).extracting(JsonNode::asString).containsExactlyInAnyOrder("city", "notes");
	}

	@Test
	void contactChangesNeedTheContactPermission() {
		defineRole("test-changes-no-contacts", DataScope.ALL, Map.of());
		Api reader = apiWithRoles("test-changes-no-contacts");
		Api api = apiWithFullAccess();
		String start = api.get("/api/v1/changes?from=now").json().get("next").asString();
		String id = api.post("/api/v1/customers", aCompany("联系人权限测试有限公司").json()).json().get("id").asString();
		api.post("/api/v1/customers/" + id + "/contacts", "{\"name\": \"李四\"}");
		awaitChanges(api, start, items -> items.size() >= 2, id);

		JsonNode items = reader.get("/api/v1/changes?cursor=" + start).json().get("items");
		assertThat(items).extracting(c -> c.get("type").asString()).containsExactly("customer.created");
	}

	@Test
	void aMalformedCursorLimitOrFromIsRefusedNamingTheField() {
		Api api = apiWithFullAccess();
		assertThat(api.get("/api/v1/changes?cursor=abc").errorFields()).containsExactly("cursor");
		assertThat(api.get("/api/v1/changes?cursor=-1").errorFields()).containsExactly("cursor");
		assertThat(api.get("/api/v1/changes?cursor=999999999999").errorFields()).containsExactly("cursor");
		assertThat(api.get("/api/v1/changes?limit=0").errorFields()).containsExactly("limit");
		assertThat(api.get("/api/v1/changes?limit=many").errorFields()).containsExactly("limit");
		assertThat(api.get("/api/v1/changes?limit=501").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/changes?from=yesterday").errorFields()).containsExactly("from");
		assertThat(api.get("/api/v1/changes?from=now&cursor=0").errorFields()).containsExactly("from");
	}

	@Test
	void theFeedNeedsCredentialsAndTheCustomerReadPermission() {
		assertThat(new Api(port).get("/api/v1/changes").status()).isEqualTo(401);
		defineRole("test-changes-nothing", DataScope.ALL, Map.of(), Set.of(Permission.CONTACT_READ));
		assertThat(apiWithRoles("test-changes-nothing").get("/api/v1/changes").status())
			.isEqualTo(403);
	}

	/** Reads the feed from {@code cursor} until the changes (of {@code customerId}, if given) satisfy the condition. */
	static List<JsonNode> awaitChanges(Api api, String cursor, Predicate<List<JsonNode>> done, String customerId) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		List<JsonNode> items = new ArrayList<>();
		while (true) {
			items.clear();
			api.get("/api/v1/changes?limit=500&cursor=" + cursor).json().get("items").forEach(c -> {
				if (customerId == null || c.get("customerId").asString().equals(customerId)) {
					items.add(c);
				}
			});
			if (done.test(items) || System.nanoTime() > deadline) {
				return items;
			}
			sleep(100);
		}
	}

	private void defineRole(String key, DataScope scope, Map<String, FieldAccess> fields) {
		defineRole(key, scope, fields, Set.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_CREATE,
				Permission.CUSTOMER_UPDATE));
	}

	private void defineRole(String key, DataScope scope, Map<String, FieldAccess> fields, Set<String> permissions) {
		if (roles.roles().stream().noneMatch(role -> role.key().equals(key))) {
			roles.define(new DefineRole(key, key, scope, permissions, fields));
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
