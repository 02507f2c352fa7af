package dev.clientele.timeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer's timeline on the customer page, as a browser uses it: figures, forms, scrolling, filters, corrections and voids. */
class TimelinePagesIT extends DatabaseIT {

	Api browser;

	String login;

	String customer;

	@BeforeEach
	void setUp() {
		TestAccounts.ensureFullAccessRole(roles);
		login = "b" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, TestAccounts.FULL_ACCESS);
		browser = Api.signedIn(port, login, TestAccounts.PASSWORD);
		customer = browser.post("/api/v1/customers", CustomerJsonFixture.aCompany("时间线页面有限公司").json())
			.json()
			.get("id")
			.asString();
	}

	@Test
	void theCustomerPageLoadsItsTimelineWithTheFiguresAndTheNewestEntryFirst() {
		append("{\"kind\":\"order\",\"occurredAt\":\"2026-01-10T08:00:00Z\",\"amount\":\"1999.9\",\"subject\":\"第一单\","
				+ "\"attributes\":{\"orderNumber\":\"SO-1\"}}");
		append("{\"kind\":\"payment\",\"occurredAt\":\"2026-01-12T08:00:00Z\",\"amount\":\"1999.90\",\"subject\":\"回款\","
				+ "\"attributes\":{\"method\":\"alipay\"}}");

		String show = browser.get("/customers/" + customer).body();
		String panel = panel();

		assertThat(show).contains("hx-get=\"/customers/" + customer + "/timeline\"", "hx-select=\"#timeline-panel\"");
		assertThat(between(panel, "id=\"timeline-figures\"", "</dl>")).contains("Orders", ">1<", "Total spend",
				"CN¥1,999.90", "2026-01-10");
		assertThat(panel.indexOf("回款")).isLessThan(panel.indexOf("第一单"));
		assertThat(panel).contains("Alipay", "SO-1", "Recorded by " + login);
		assertThat(browser.inLanguage("zh-CN").get(timeline()).body()).contains("时间线", "累计消费", "¥1,999.90", "支付宝");
	}

	@Test
	void aFollowUpLoggedInTheQuickFormShowsAndSetsTheNextFollowUp() {
		String next = LocalDate.now().plusDays(3).toString();

		Api.Response saved = browser.postForm(timeline(), "kind", "follow-up", "attributes[channel]", "wechat", "subject",
				"报价回访", "body", "客户要求下周再谈", "attributes[nextFollowUpOn]", next);
		String panel = panel();

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).hasValueSatisfying(location -> assertThat(location).endsWith("/customers/" + customer));
		assertThat(panel).contains("报价回访", "客户要求下周再谈", "WeChat");
		assertThat(between(panel, "id=\"next-follow-up\"", "</dd>")).contains(next, "for " + login);
	}

	@Test
	void badInputIsShownAtEachFieldOfItsFormAndNothingIsWritten() {
		Api.Response rejected = browser.postForm(timeline(), "kind", "order", "amount", "12,5", "currency", "XX",
				"occurredAt", "2026-02-30T10:00", "subject", "坏订单");
		Api.Response noChannel = browser.postForm(timeline(), "kind", "follow-up", "subject", "没有方式");

		assertThat(rejected.status()).isEqualTo(200);
		assertThat(between(rejected.body(), "id=\"form-order\"", "</details>")).contains("open", "is-invalid",
				"Must be a date and time such as 2027-01-31 14:30.", "value=\"坏订单\"");
		assertThat(between(noChannel.body(), "id=\"form-follow-up\"", "</details>")).contains("This field is required.");
		assertThat(between(noChannel.body(), "id=\"form-order\"", "</details>")).doesNotContain("is-invalid");
		Api.Response amountAndCurrency = browser.postForm(timeline(), "kind", "order", "amount", "12,5", "currency", "XX");
		assertThat(between(amountAndCurrency.body(), "id=\"form-order\"", "</details>"))
			.contains("Must be a decimal number such as 1999.00.", "value=\"XX\"");
		assertThat(entries().size()).isZero();
	}

	@Test
	void theNextPageIsLoadedByItsCursorWhenTheLastEntryIsRevealed() {
		for (int day = 1; day <= 25; day++) {
			append("{\"kind\":\"ticket\",\"occurredAt\":\"2026-03-" + String.format("%02d", day)
					+ "T09:00:00Z\",\"subject\":\"工单" + day + "\"}");
		}

		String first = panel();
		String more = first.substring(first.lastIndexOf("<li", first.indexOf("hx-trigger=\"revealed\"")));
		String url = more.substring(more.indexOf("hx-get=\"") + 8);
		url = url.substring(0, url.indexOf('"')).replace("&amp;", "&");
		String second = browser.get(url).body();

		assertThat(first).contains("工单25", "工单6").doesNotContain("工单5<");
		assertThat(url).startsWith("/customers/" + customer + "/timeline/entries?cursor=");
		assertThat(second).contains("工单5<", "工单1<").doesNotContain("工单6<", "<html", "revealed");
	}

	@Test
	void filtersShowOnlyTheKindsAndDaysAsked() {
		append("{\"kind\":\"ticket\",\"occurredAt\":\"2026-04-01T09:00:00Z\",\"subject\":\"四月工单\"}");
		append("{\"kind\":\"order\",\"occurredAt\":\"2026-04-02T09:00:00Z\",\"amount\":\"10\",\"subject\":\"四月订单\"}");
		append("{\"kind\":\"order\",\"occurredAt\":\"2026-05-02T09:00:00Z\",\"amount\":\"10\",\"subject\":\"五月订单\"}");

		String orders = browser.get(entriesUrl("kind=order")).body();
		String april = browser.get(entriesUrl("from=2026-04-01&to=2026-04-30")).body();
		String bad = browser.get(entriesUrl("from=April")).body();

		assertThat(orders).contains("四月订单", "五月订单").doesNotContain("四月工单");
		assertThat(april).contains("四月工单", "四月订单").doesNotContain("五月订单");
		assertThat(bad).contains("Must be a date such as 2027-01-31.");
		assertThat(panel()).contains("name=\"kind\" value=\"order\"", "name=\"from\"", "name=\"trail\"");
	}

	@Test
	void aCorrectionStartsFromTheEntryAndReplacesItWhileTheTrailShowsWhoCorrectedIt() {
		JsonNode order = append("{\"kind\":\"order\",\"occurredAt\":\"2026-01-10T08:00:00Z\",\"amount\":\"100.00\","
				+ "\"subject\":\"原订单\",\"status\":\"paid\",\"attributes\":{\"orderNumber\":\"SO-9\"}}");
		String id = order.get("id").asString();

		String form = browser.get("/timeline/" + id + "/correct").body();
		Api.Response corrected = browser.postForm("/timeline/" + id + "/correct", "occurredAt", "2026-01-10T16:00:00",
				"amount", "120.00", "currency", "CNY", "status", "paid", "subject", "更正后的订单", "attributes[orderNumber]",
				"SO-9");

		assertThat(form).contains("value=\"100.00\"", "value=\"原订单\"", "value=\"SO-9\"", "value=\"paid\" selected");
		assertThat(corrected.status()).isEqualTo(302);
		assertThat(panel()).contains("更正后的订单", "CN¥120.00").doesNotContain("原订单");
		assertThat(browser.get(entriesUrl("trail=true")).body()).contains("原订单", "entry-corrected",
				"Corrected by " + login, "Correction");
		assertThat(browser.postForm("/timeline/" + id + "/correct", "amount", "130", "subject", "again").body())
			.contains("The entry was already corrected or voided");
	}

	@Test
	void aVoidNeedsAReasonAndTheTrailShowsWhoVoidedItAndWhy() {
		String id = append("{\"kind\":\"ticket\",\"occurredAt\":\"2026-01-10T08:00:00Z\",\"subject\":\"误建工单\"}").get("id")
			.asString();

		Api.Response noReason = browser.postForm("/timeline/" + id + "/void", "reason", " ");
		String stillThere = panel();
		Api.Response voided = browser.postForm("/timeline/" + id + "/void", "reason", "重复录入");

		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).contains("is-invalid", "This field is required.");
		assertThat(stillThere).contains("误建工单", "action=\"/timeline/" + id + "/void\"");
		assertThat(voided.status()).isEqualTo(302);
		assertThat(browser.get(voided.location().orElseThrow().replaceFirst("^https?://[^/]+", "")).body())
			.contains("The entry of 时间线页面有限公司 was voided.");
		assertThat(panel()).doesNotContain("误建工单");
		assertThat(browser.get(entriesUrl("trail=true")).body()).contains("误建工单", "entry-voided",
				"Voided by " + login, "重复录入");
	}

	@Test
	void aReaderWithoutWritePermissionGetsNoFormsAndAmountsHiddenFromThemStayHidden() {
		append("{\"kind\":\"order\",\"occurredAt\":\"2026-01-10T08:00:00Z\",\"amount\":\"888.00\",\"subject\":\"保密订单\"}");
		String role = "timeline-reader-" + UUID.randomUUID().toString().substring(0, 6);
		roles.define(new DefineRole(role, "Timeline reader", DataScope.ALL,
				Set.of(Permission.CUSTOMER_READ, Permission.TIMELINE_READ),
				Map.of("timeline.amount", FieldAccess.HIDDEN, "totalSpend", FieldAccess.HIDDEN)));
		String reader = "r" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, reader, null, role);
		Api readerBrowser = Api.signedIn(port, reader, TestAccounts.PASSWORD);

		String panel = between(readerBrowser.get(timeline()).body(), "id=\"timeline-panel\"", "</main>");

		assertThat(panel).contains("保密订单", "Hidden").doesNotContain("888.00", "method=\"post\"", "Correct<", "/void");
		assertThat(readerBrowser.postForm(timeline(), "kind", "follow-up", "attributes[channel]", "call").status())
			.isEqualTo(403);
	}

	private String timeline() {
		return "/customers/" + customer + "/timeline";
	}

	private String entriesUrl(String query) {
		return timeline() + "/entries?" + query;
	}

	private String panel() {
		String page = browser.get(timeline()).body();
		return between(page, "id=\"timeline-panel\"", "</main>");
	}

	private JsonNode append(String json) {
		Api.Response response = browser.post("/api/v1/customers/" + customer + "/timeline", json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private JsonNode entries() {
		return browser.get("/api/v1/customers/" + customer + "/timeline").json().get("items");
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as("no " + from).isNotNegative();
		int end = text.indexOf(to, start);
		return text.substring(start, end < 0 ? text.length() : end);
	}

}
