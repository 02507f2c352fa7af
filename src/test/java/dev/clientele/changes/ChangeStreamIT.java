package dev.clientele.changes;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.Permission;
import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.EventStream;
import org.junit.jupiter.api.Test;

/**
 * The stream {@code GET /api/v1/changes/stream}: server-sent events of the changes made after
 * subscribing, scope-filtered, resumable with {@code Last-Event-ID}.
 */
class ChangeStreamIT extends DatabaseIT {

	static final Duration WAIT = Duration.ofSeconds(15);

	@Test
	void aChangeMadeAfterSubscribingArrivesWithItsCursorAsEventIdAndTheActorsName() {
		Api api = apiWithFullAccess();
		try (EventStream stream = api.stream("/api/v1/changes/stream")) {
			assertThat(stream.status()).isEqualTo(200);
			assertThat(stream.contentType()).startsWith("text/event-stream");
			String id = api.post("/api/v1/customers", aCompany("实时推送测试有限公司").json()).json().get("id").asString();

			EventStream.Event event = nextOf(stream, id);
			assertThat(event.name()).isEqualTo("change");
			assertThat(event.json().get("type").asString()).isEqualTo("customer.created");
			assertThat(event.id()).isEqualTo(event.json().get("seq").asString());
			assertThat(event.json().get("actorName").asString()).startsWith("t");
			assertThat(event.data()).doesNotContain("实时推送");
		}
	}

	@Test
	void aBrowserSignedInWithItsSessionCookieReceivesChangesToo() {
		Api browser = browserWithFullAccess();
		Api api = apiWithFullAccess();
		try (EventStream stream = browser.stream("/api/v1/changes/stream")) {
			assertThat(stream.status()).isEqualTo(200);
			String id = api.post("/api/v1/customers", aCompany("会话推送测试有限公司").json()).json().get("id").asString();
			api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"city\": \"南京市\"}");

			assertThat(nextOf(stream, id).json().get("customerId").asString()).isEqualTo(id);
			assertThat(nextOf(stream, id).json().get("customerId").asString()).isEqualTo(id);
		}
	}

	@Test
	void reconnectingWithLastEventIdReplaysWhatWasMissed() {
		Api api = apiWithFullAccess();
		String lastSeen;
		String id;
		try (EventStream stream = api.stream("/api/v1/changes/stream")) {
			id = api.post("/api/v1/customers", aCompany("断线重连测试有限公司").json()).json().get("id").asString();
			lastSeen = nextOf(stream, id).id();
		}
		api.patch("/api/v1/customers/" + id, "{\"version\": 1, \"city\": \"无锡市\"}");
		api.patch("/api/v1/customers/" + id, "{\"version\": 2, \"city\": \"常州市\"}");
		ChangeFeedIT.awaitChanges(api, lastSeen, items -> items.size() >= 2, id);

		try (EventStream stream = api.stream("/api/v1/changes/stream", "Last-Event-ID", lastSeen)) {
			EventStream.Event first = nextOf(stream, id);
			EventStream.Event second = nextOf(stream, id);
			assertThat(Long.parseLong(first.id())).isGreaterThan(Long.parseLong(lastSeen));
			assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
			assertThat(first.json().get("version").asInt() + second.json().get("version").asInt()).isEqualTo(5);
		}
	}

	@Test
	void aSalesRepIsSentOnlyTheChangesOfTheirOwnCustomers() {
		if (roles.roles().stream().noneMatch(role -> role.key().equals("test-stream-own"))) {
			roles.define(new DefineRole("test-stream-own", "test-stream-own", DataScope.OWN,
					Set.of(Permission.CUSTOMER_READ, Permission.CUSTOMER_CREATE, Permission.CUSTOMER_UPDATE), Map.of()));
		}
		Api rep = apiWithRoles("test-stream-own");
		Api other = apiWithFullAccess();
		String start = other.get("/api/v1/changes?from=now").json().get("next").asString();
		try (EventStream stream = rep.stream("/api/v1/changes/stream")) {
			String foreign = other.post("/api/v1/customers", aCompany("不该推送的客户有限公司").json()).json().get("id").asString();
			ChangeFeedIT.awaitChanges(other, start, items -> !items.isEmpty(), foreign);
			Api.Response created = rep.post("/api/v1/customers", aCompany("应当推送的客户有限公司").json());
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			String own = created.json().get("id").asString();

			EventStream.Event first = stream.next(WAIT).orElseThrow();
			assertThat(first.json().path("customerId").asString()).as(first.toString()).isEqualTo(own);
		}
	}

	@Test
	void theStreamNeedsCredentialsAndAValidLastEventId() {
		try (EventStream anonymous = new Api(port).stream("/api/v1/changes/stream")) {
			assertThat(anonymous.status()).isEqualTo(401);
		}
		Api api = apiWithFullAccess();
		try (EventStream bad = api.stream("/api/v1/changes/stream", "Last-Event-ID", "yesterday")) {
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.body(Duration.ofSeconds(5))).contains("Last-Event-ID");
		}
	}

	@Test
	void customerPagesAndTheListSubscribeToTheStreamWithTheirMessagesInChineseAndEnglish() {
		Api browser = browserWithFullAccess();
		Api api = apiWithFullAccess();
		String id = api.post("/api/v1/customers", aCompany("页面订阅测试有限公司").json()).json().get("id").asString();

		String page = browser.get("/customers/" + id).body();
		assertThat(page).contains("id=\"live-changes\"", "data-customer=\"" + id + "\"", "data-version=\"1\"",
				"/js/changes.js", "Changed by {0} just now.");
		assertThat(browser.inLanguage("zh-CN").get("/customers/" + id).body()).contains("刚刚由 {0} 修改。");
		assertThat(browser.get("/customers?q=" + Api.encode("页面订阅测试有限公司")).body()).contains("data-customer-id=\"" + id + "\"", "id=\"live-changes\"");
		Api.Response script = browser.get("/js/changes.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.body()).contains("new EventSource(");
	}

	/** The next event about this customer; others (from other tests' writes) are passed over. */
	static EventStream.Event nextOf(EventStream stream, String customerId) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			EventStream.Event event = stream.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))).orElse(null);
			if (event == null) {
				break;
			}
			if (event.json().get("customerId").asString().equals(customerId)) {
				return event;
			}
		}
		throw new AssertionError("no event about customer " + customerId + " within " + WAIT);
	}

}
