package dev.clientele.marketing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The campaign pages as a browser uses them: the form, the campaign's page with its buttons, members and outcome forms, and the customer's promotions. */
class CampaignPagesIT extends DatabaseIT {

	private Api browser;

	@BeforeEach
	void marketer() {
		browser = browserWithFullAccess();
	}

	@Test
	void aBadFieldIsShownAtThatFieldAndNothingIsCreated() {
		String name = "坏预算活动" + UUID.randomUUID();

		Api.Response rejected = browser.postForm("/campaigns", "name", name, "channel", "phone", "budget", "五千",
				"currency", "CNY", "startsAt", "2026-12-10T10:00", "endsAt", "2026-12-01T10:00", "customerIds",
				UUID.randomUUID() + "\nnot-an-id", "questions[0].key", "Bad Key", "questions[0].label", "感兴趣吗？",
				"questions[0].type", "text");

		assertThat(rejected.status()).isEqualTo(200);
		assertThat(between(rejected.body(), "for=\"budget\"", "for=\"currency\"")).contains("is-invalid",
				"Must be a decimal number such as 5000.00.");
		assertThat(between(rejected.body(), "for=\"endsAt\"", "id=\"zone-help\"")).contains("is-invalid",
				"The end must come after the start.");
		assertThat(between(rejected.body(), "for=\"customerIds\"", "</fieldset>")).contains("is-invalid",
				"Line 2 is not a customer id: not-an-id");
		assertThat(between(rejected.body(), "for=\"questions[0].key\"", "for=\"questions[0].label\"")).contains(
				"is-invalid", "Lower-case letters, digits and hyphens");
		assertThat(between(rejected.body(), "for=\"name\"", "for=\"channel\"")).doesNotContain("is-invalid");
		assertThat(rejected.body()).contains("value=\"" + name + "\"", "value=\"感兴趣吗？\"");
		assertThat(browser.get("/campaigns").body()).doesNotContain(name);
	}

	@Test
	void aCampaignCreatedInTheFormOpensOnItsPageReadyToStart() {
		String customer = customer("表单客户有限公司");

		Api.Response created = browser.postForm("/campaigns", "name", "春季回访", "goal", "复购", "channel", "phone", "budget",
				"5000.00", "currency", "CNY", "customerIds", customer + "\n", "attributionDays", "14", "questions[0].key",
				"interest", "questions[0].label", "感兴趣吗？", "questions[0].type", "choice", "questions[0].choices", "是, 否",
				"questions[0].required", "true", "questions[1].key", "", "questions[1].label", "");
		String page = follow(created);

		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location().orElseThrow()).matches(".*/campaigns/[0-9a-f-]{36}$");
		assertThat(page).contains("Campaign 春季回访 was saved.", "春季回访", "Draft", "Phone", "5000.00 CNY",
				"感兴趣吗？ (interest: 是, 否) *", ">14<");
		assertThat(between(page, "id=\"campaign-actions\"", "</div>")).contains(">Start<", ">Edit<")
			.doesNotContain(">Pause<", ">Finish<");
		assertThat(page).contains("Members are fixed when the campaign starts.");
		assertThat(browser.get("/campaigns?status=draft").body()).contains("春季回访", "campaign-status");
	}

	@Test
	void startingFromThePageListsTheMembersAPageAtATime() {
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < 52; i++) {
			customers.add(customer("成员客户" + i + "有限公司"));
		}
		String campaign = campaignFromForm("开始活动", "event", String.join("\n", customers));

		Api.Response started = browser.postForm("/campaigns/" + campaign + "/start");
		String page = follow(started);

		assertThat(started.status()).isEqualTo(302);
		assertThat(page).contains("Campaign 开始活动 has started; its members are fixed.", "Running");
		assertThat(between(page, "id=\"count-targeted\"", "</div>")).contains(">52");
		assertThat(between(page, "id=\"campaign-actions\"", "</div>")).contains(">Pause<", ">Finish<",
				"data-confirm=\"Finish this campaign for good?").doesNotContain(">Start<");
		assertThat(count(page, "class=\"member-row\"")).isEqualTo(50);
		assertThat(page).contains("Targeted");
		String more = between(page, "class=\"members-more\"", "</tr>");
		String url = more.substring(more.indexOf("hx-get=\"") + 8);
		url = url.substring(0, url.indexOf('"')).replace("&amp;", "&");
		String next = browser.get(url).body();
		assertThat(url).startsWith("/campaigns/" + campaign + "/members?");
		assertThat(count(next, "class=\"member-row\"")).isEqualTo(2);
		assertThat(next).doesNotContain("<html", "members-more");
		assertThat(customers).allSatisfy(id -> assertThat(page + next).contains("href=\"/customers/" + id + "\""));
		assertThat(browser.postForm("/campaigns/" + campaign + "/start").status()).isEqualTo(409);
	}

	@Test
	void anOutcomeLoggedInTheFormShowsInTheCustomersPromotions() {
		String customer = customer("到场客户有限公司");
		String campaign = campaignFromForm("线下沙龙", "event", customer);
		start(campaign);
		String when = LocalDateTime.now().minusDays(1).truncatedTo(ChronoUnit.MINUTES)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));

		Api.Response badStatus = browser.postForm("/campaigns/" + campaign + "/outcomes", "customerId", customer, "status",
				"targeted");
		Api.Response logged = browser.postForm("/campaigns/" + campaign + "/outcomes", "customerId", customer, "status",
				"responded", "occurredAt", when, "note", "到场并咨询");
		String promotions = between(browser.get("/customers/" + customer + "/promotions").body(), "id=\"promotions-panel\"",
				"</main>");

		assertThat(badStatus.status()).isEqualTo(200);
		assertThat(between(badStatus.body(), "for=\"outcome-status\"", "for=\"outcome-at\"")).contains("is-invalid",
				"Not a member status.");
		assertThat(logged.status()).isEqualTo(302);
		assertThat(follow(logged)).contains("The outcome of 到场客户有限公司 was logged.");
		assertThat(promotions).contains("线下沙龙", "Responded", "到场并咨询", "logged by hand", "campaign start",
				when.replace('T', ' '), "href=\"/campaigns/" + campaign + "\"");
		assertThat(browser.get("/customers/" + customer).body()).contains(
				"hx-get=\"/customers/" + customer + "/promotions\"", "hx-select=\"#promotions-panel\"");
		assertThat(browser.inLanguage("zh-CN").get("/customers/" + customer + "/promotions").body()).contains("营销活动",
				"已响应", "手工登记");
	}

	@Test
	void aCsvFileWithABadLineShowsThatLineAndLogsNothing() {
		String first = customer("文件客户一有限公司");
		String second = customer("文件客户二有限公司");
		String campaign = campaignFromForm("文件活动", "other", first + "\n" + second);
		start(campaign);

		Api.Response bad = browser.upload("/campaigns/" + campaign + "/outcomes/file", "outcomes.csv",
				("customerId,status,occurredAt,note\n" + first + ",converted,,签约\n" + second + ",liked,,\n")
					.getBytes(StandardCharsets.UTF_8));
		Api.Response good = browser.upload("/campaigns/" + campaign + "/outcomes/file", "outcomes.csv",
				("customerId,status\n" + first + ",converted\n" + second + ",bounced\n").getBytes(StandardCharsets.UTF_8));

		assertThat(bad.status()).isEqualTo(200);
		assertThat(between(bad.body(), "id=\"file-errors\"", "</ul>")).contains("line 3: status: Must be one of")
			.doesNotContain("line 2");
		assertThat(good.status()).isEqualTo(302);
		assertThat(follow(good)).contains("Outcomes of 2 members were logged.");
		assertThat(between(browser.get("/campaigns/" + campaign + "?status=converted").body(), "id=\"member-rows\"",
				"</tbody>")).contains("文件客户一有限公司").doesNotContain("文件客户二有限公司");
	}

	@Test
	void aStartedCampaignsFixedFieldsAreDisabledAndAStaleVersionIsRefused() {
		String campaign = campaignFromForm("改名活动", "event", customer("改名客户有限公司"));
		start(campaign);

		String form = browser.get("/campaigns/" + campaign + "/edit").body();
		Api.Response stale = browser.postForm("/campaigns/" + campaign, "name", "新名字", "version", "1");
		Api.Response saved = browser.postForm("/campaigns/" + campaign, "name", "新名字", "endsAt", "2030-01-01T00:00",
				"version", between(form, "name=\"version\" value=\"", "\"").substring(22));

		assertThat(between(form, "id=\"channel\"", ">")).contains("disabled");
		assertThat(between(form, "id=\"customerIds\"", ">")).contains("disabled");
		assertThat(between(form, "id=\"name\"", ">")).doesNotContain("disabled");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body()).contains("The record was changed by someone else since you loaded it");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(follow(saved)).contains("新名字", "2030-01-01 00:00", "Running");
	}

	@Test
	void aReadOnlyUserSeesNoWriteButtonsAndIsRefusedEveryChange() {
		String campaign = campaignFromForm("只读活动", "event", customer("只读客户有限公司"));
		start(campaign);
		Api reader = browserWithRoles("read-only");

		String list = reader.get("/campaigns").body();
		String page = reader.get("/campaigns/" + campaign).body();

		assertThat(list).contains("只读活动", "href=\"/campaigns\"").doesNotContain("New campaign");
		assertThat(page).contains("只读活动", "Running").doesNotContain("campaign-actions", "outcome-form", ">Pause<");
		assertThat(reader.get("/campaigns/new").status()).isEqualTo(403);
		assertThat(reader.postForm("/campaigns", "name", "偷偷建", "channel", "event").status()).isEqualTo(403);
		assertThat(reader.postForm("/campaigns/" + campaign + "/pause").status()).isEqualTo(403);
		assertThat(reader.postForm("/campaigns/" + campaign + "/outcomes", "customerId", UUID.randomUUID().toString(),
				"status", "sent").status()).isEqualTo(403);
		assertThat(reader.upload("/campaigns/" + campaign + "/outcomes/file", "x.csv",
				"customerId,status\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
	}

	private String campaignFromForm(String name, String channel, String customerIds) {
		Api.Response created = browser.postForm("/campaigns", "name", name, "channel", channel, "customerIds", customerIds);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		follow(created);
		String location = created.location().orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** Starts the campaign as its page's button does, and follows to the page (where its flash message shows once). */
	private void start(String campaign) {
		Api.Response started = browser.postForm("/campaigns/" + campaign + "/start");
		assertThat(started.status()).as(started.body()).isEqualTo(302);
		follow(started);
	}

	private String customer(String name) {
		Api.Response created = browser.post("/api/v1/customers", CustomerJsonFixture.aCompany(name).json());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String follow(Api.Response redirect) {
		return browser.get(redirect.location().orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as("no " + from).isNotNegative();
		int end = text.indexOf(to, start + from.length());
		return text.substring(start, end < 0 ? text.length() : end);
	}

}
