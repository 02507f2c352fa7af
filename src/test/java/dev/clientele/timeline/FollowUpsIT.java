package dev.clientele.timeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.Poll;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups due: a rep's own, grouped by today; the reminder; the overdue counts per rep; the handover. */
class FollowUpsIT extends DatabaseIT {

	static final LocalDate TODAY = LocalDate.now();

	@Test
	void myFollowUpsAreGroupedIntoOverdueDueTodayAndUpcomingEachLinkingToItsCustomer() {
		Rep rep = rep();
		String late = rep.customerWithFollowUp("逾期客户有限公司", TODAY.minusDays(2));
		String due = rep.customerWithFollowUp("今日客户有限公司", TODAY);
		String soon = rep.customerWithFollowUp("下周客户有限公司", TODAY.plusDays(7));

		String page = rep.browser().get("/follow-ups").body();
		JsonNode all = rep.api.get("/api/v1/follow-ups").json();
		JsonNode overdue = rep.api.get("/api/v1/follow-ups?due=overdue").json();

		assertThat(between(page, "id=\"follow-ups-overdue\"", "</section>")).contains("逾期客户有限公司",
				"href=\"/customers/" + late + "\"", "due " + TODAY.minusDays(2)).doesNotContain("今日客户");
		assertThat(between(page, "id=\"follow-ups-today\"", "</section>")).contains("今日客户有限公司",
				"href=\"/customers/" + due + "\"");
		assertThat(between(page, "id=\"follow-ups-upcoming\"", "</section>")).contains("下周客户有限公司",
				"href=\"/customers/" + soon + "\"");
		assertThat(page).doesNotContain("id=\"overdue-by-rep\"");
		assertThat(all.get("today").asString()).isEqualTo(TODAY.toString());
		assertThat(values(all.get("items"), "due")).containsExactly("overdue", "today", "upcoming");
		assertThat(values(all.get("items"), "customerId")).containsExactly(late, due, soon);
		assertThat(values(overdue.get("items"), "customerName")).containsExactly("逾期客户有限公司");
		assertThat(rep.api.get("/api/v1/follow-ups?due=later").status()).isEqualTo(400);
	}

	@Test
	void theReminderTellsWhatIsDueAndIsEmptyWhenNothingIs() {
		Rep rep = rep();
		Api browser = rep.browser();

		String nothing = browser.get("/follow-ups/reminder").body();
		rep.customerWithFollowUp("提醒客户有限公司", TODAY.minusDays(1));
		rep.customerWithFollowUp("提醒客户二有限公司", TODAY);
		rep.customerWithFollowUp("以后客户有限公司", TODAY.plusDays(30));
		String reminder = browser.get("/follow-ups/reminder").body();
		String customers = browser.get("/customers").body();

		assertThat(nothing).isBlank();
		assertThat(reminder).contains("Follow-ups: 1 overdue, 1 due today.", "href=\"/follow-ups\"").doesNotContain("<html");
		assertThat(customers).contains("hx-get=\"/follow-ups/reminder\"", "hx-trigger=\"load\"");
		assertThat(between(customers, "<nav", "</nav>")).contains("href=\"/follow-ups\"", ">Follow-ups<");
	}

	@Test
	void aManagerSeesTheOverdueCountsOfTheRepsInScopeAndARepOnlyTheirOwn() {
		Rep first = rep();
		Rep second = rep();
		first.customerWithFollowUp("甲逾期一有限公司", TODAY.minusDays(3));
		first.customerWithFollowUp("甲逾期二有限公司", TODAY.minusDays(1));
		first.customerWithFollowUp("甲今日有限公司", TODAY);
		second.customerWithFollowUp("乙逾期有限公司", TODAY.minusDays(10));
		Api manager = browserWithFullAccess();

		String page = manager.get("/follow-ups").body();
		JsonNode counts = manager.get("/api/v1/follow-ups/overdue-by-rep").json().get("items");
		JsonNode own = first.api.get("/api/v1/follow-ups/overdue-by-rep").json().get("items");

		assertThat(between(page, "id=\"overdue-by-rep\"", "</section>")).containsPattern(first.login + "</td>\\s*<td[^>]*>2<")
			.containsPattern(second.login + "</td>\\s*<td[^>]*>1<");
		assertThat(count(counts, first.login)).isEqualTo(2);
		assertThat(count(counts, second.login)).isEqualTo(1);
		assertThat(own).hasSize(1);
		assertThat(own.get(0).get("userName").asString()).isEqualTo(first.login);
		assertThat(own.get(0).get("overdue").asInt()).isEqualTo(2);
	}

	@Test
	void aHandoverMovesTheDepartingRepsOpenFollowUpsToTheirSuccessor() {
		Rep leaving = rep();
		Rep staying = rep();
		String customer = leaving.customerWithFollowUp("交接跟进有限公司", TODAY.minusDays(1));

		Api.Response handover = apiWithFullAccess().post("/api/v1/users/" + leaving.id() + "/handover",
				"{\"to\": \"" + staying.id() + "\"}");
		JsonNode moved = Poll.until(Duration.ofSeconds(10), Duration.ofMillis(100),
				() -> staying.api.get("/api/v1/follow-ups").json().get("items"), items -> items.size() == 1,
				() -> "the successor has no follow-ups");

		assertThat(handover.status()).isEqualTo(200);
		assertThat(moved.get(0).get("customerId").asString()).isEqualTo(customer);
		assertThat(moved.get(0).get("due").asString()).isEqualTo("overdue");
		assertThat(leaving.api.get("/api/v1/follow-ups").json().get("items")).isEmpty();
	}

	/** A new sales rep, signed in with a token, who logs follow-ups on customers of their own. */
	private Rep rep() {
		String login = "f" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, "sales-rep");
		return new Rep(login, new Api(port).withToken(TestAccounts.token(port, login)));
	}

	final class Rep {

		final String login;

		final Api api;

		Rep(String login, Api api) {
			this.login = login;
			this.api = api;
		}

		String customerWithFollowUp(String name, LocalDate next) {
			String customer = api.post("/api/v1/customers", CustomerJsonFixture.aCompany(name).json()).json().get("id").asString();
			Api.Response logged = api.post("/api/v1/customers/" + customer + "/timeline",
					"{\"kind\":\"follow-up\",\"subject\":\"回访\",\"attributes\":{\"channel\":\"call\",\"nextFollowUpOn\":\"" + next
							+ "\"}}");
			assertThat(logged.status()).as(logged.body()).isEqualTo(201);
			return customer;
		}

		Api browser() {
			return Api.signedIn(port, login, TestAccounts.PASSWORD);
		}

		UUID id() {
			return users.findByLogin(login).orElseThrow().id();
		}

	}

	private static int count(JsonNode items, String login) {
		for (JsonNode item : items) {
			if (login.equals(item.path("userName").asString())) {
				return item.get("overdue").asInt();
			}
		}
		return 0;
	}

	private static List<String> values(JsonNode items, String field) {
		List<String> values = new ArrayList<>();
		items.forEach(item -> values.add(item.get(field).asString()));
		return values;
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as("no " + from).isNotNegative();
		int end = text.indexOf(to, start);
		return text.substring(start, end < 0 ? text.length() : end);
	}

}
