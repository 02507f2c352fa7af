package dev.clientele.marketing.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.clientele.access.DataScope;
import dev.clientele.access.DefineRole;
import dev.clientele.access.FieldAccess;
import dev.clientele.access.Permission;
import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.Poll;
import dev.clientele.support.SmtpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email campaigns sent for real to an SMTP server (GreenMail): consent and addresses decide who
 * is sent to, each member once with a stable Message-ID and one-click unsubscribe headers; opens,
 * clicks, responses and unsubscribes come back through signed links; pausing stops the sending.
 */
@TestPropertySource(properties = "clientele.marketing.email-rate=4")
class CampaignEmailIT extends DatabaseIT {

	private static final Pattern HREF = Pattern.compile("(?:href|src)=\"https?://[^/\"]+(/[^\"]*)\"");

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		SmtpServer.register(registry);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmailSender sender;

	private Api api;

	private String tag;

	@BeforeEach
	void marketer() {
		api = apiWithFullAccess();
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void onlyCustomersWithConsentAndAnAddressAreSentToOnceEachWithAStableMessageIdAndUnsubscribeHeaders() throws Exception {
		String consenting = customer("同意客户有限公司", address("yes"), true);
		customer("未同意客户有限公司", address("no"), false);
		customer("无邮箱客户有限公司", null, true);
		String campaign = emailCampaign(segmentOfTag(), "");

		JsonNode started = api.post("/api/v1/campaigns/" + campaign + "/start").json();
		MimeMessage message = SmtpServer.waitFor(address("yes"), 1).get(0);
		JsonNode member = sentMember(campaign, consenting);

		assertThat(started.get("targeted").asInt()).isEqualTo(1);
		assertThat(started.get("excludedNoConsent").asInt()).isEqualTo(1);
		assertThat(started.get("excludedNoAddress").asInt()).isEqualTo(1);
		assertThat(message.getSubject()).isEqualTo("同意客户有限公司" + tag + "，春季优惠");
		assertThat(message.getHeader("Message-ID")[0]).isEqualTo("<" + member.get("id").asString() + "@localhost>");
		assertThat(message.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:8080/unsubscribe/[^>]+>");
		assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		String html = part(message, "text/html");
		assertThat(html).contains("/t/c/", "/t/o/").doesNotContain("https://shop.example.com/spring");
		assertThat(part(message, "text/plain")).contains("同意客户有限公司" + tag, "/unsubscribe/");
		Thread.sleep(1500);
		assertThat(SmtpServer.receivedBy(address("no"))).isEmpty();
		assertThat(SmtpServer.receivedBy(address("yes"))).hasSize(1);
	}

	@Test
	void opensClicksAndTheOneClickUnsubscribeComeBackToTheMember() throws Exception {
		String customer = customer("追踪客户有限公司", address("track"), true);
		String campaign = emailCampaign(segmentOfTag(), "");
		api.post("/api/v1/campaigns/" + campaign + "/start");
		MimeMessage message = SmtpServer.waitFor(address("track"), 1).get(0);
		List<String> paths = paths(part(message, "text/html"));
		String click = paths.stream().filter(p -> p.startsWith("/t/c/")).findFirst().orElseThrow();
		String pixel = paths.stream().filter(p -> p.startsWith("/t/o/")).findFirst().orElseThrow();
		Api anonymous = new Api(port);

		Api.Response image = anonymous.get(pixel);
		Api.Response redirect = anonymous.get(click);
		Api.Response forged = anonymous.get(click.substring(0, click.length() - 2) + "xx");

		assertThat(image.status()).isEqualTo(200);
		assertThat(image.contentType()).isEqualTo("image/gif");
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.location()).contains("https://shop.example.com/spring?from=mail&x=1");
		assertThat(forged.status()).isEqualTo(404);
		JsonNode trail = api.get("/api/v1/campaigns/" + campaign + "/members/" + customer).json().get("trail");
		assertThat(statuses(trail)).containsExactly("targeted", "sent", "opened", "clicked");

		String unsubscribe = message.getHeader("List-Unsubscribe")[0].replaceAll("^<http://[^/]+|>$", "");
		Api.Response unsubscribed = anonymous.post(unsubscribe, "application/x-www-form-urlencoded",
				"List-Unsubscribe=One-Click");
		JsonNode member = Poll.until(Duration.ofSeconds(10), Duration.ofMillis(100),
				() -> api.get("/api/v1/campaigns/" + campaign + "/members/" + customer).json().get("member"),
				m -> m.get("status").asString().equals("unsubscribed"), () -> "the member is not unsubscribed");

		assertThat(unsubscribed.status()).isEqualTo(200);
		assertThat(member.get("clickedAt").isNull()).isFalse();
		assertThat(api.get("/api/v1/customers/" + customer + "/consents").body()).contains("withdrawn");
	}

	@Test
	void aResponseFormAnswerIsStoredMarksTheMemberRespondedAndAppearsOnTheTimeline() throws Exception {
		String customer = customer("反馈客户有限公司", address("form"), true);
		String campaign = emailCampaign(segmentOfTag(),
				",\"questions\":[{\"key\":\"interest\",\"label\":\"您感兴趣吗？\",\"type\":\"choice\",\"choices\":[\"是\",\"否\"],\"required\":true},"
						+ "{\"key\":\"comment\",\"label\":\"意见\",\"type\":\"text\"}]");
		api.post("/api/v1/campaigns/" + campaign + "/start");
		String text = part(SmtpServer.waitFor(address("form"), 1).get(0), "text/plain");
		Matcher link = Pattern.compile("https?://[^/\\s]+(/r/\\S+)").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		Api anonymous = Api.browser(port);

		String form = anonymous.get(link.group(1)).body();
		Api.Response missing = anonymous.postForm(link.group(1), "answer.comment", "<b>不错</b>");
		Api.Response answered = anonymous.postForm(link.group(1), "answer.interest", "是", "answer.comment", "很好");

		assertThat(form).contains("您感兴趣吗？", "意见");
		assertThat(missing.body()).contains("is-invalid", "&lt;b&gt;不错&lt;/b&gt;");
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.body()).contains("alert-success");
		assertThat(api.get("/api/v1/campaigns/" + campaign + "/members/" + customer).json().get("member").get("status")
			.asString()).isEqualTo("responded");
		JsonNode entries = Poll.until(Duration.ofSeconds(10), Duration.ofMillis(100),
				() -> api.get("/api/v1/customers/" + customer + "/timeline?kind=campaign-response").json().get("items"),
				items -> items.size() == 1, () -> "the response is not on the timeline");
		assertThat(entries.get(0).get("body").asString()).isEqualTo("您感兴趣吗？: 是\n意见: 很好");
		assertThat(anonymous.get(link.group(1)).body()).doesNotContain("<textarea");
	}

	@Test
	void aMemberClaimedWhenTheSenderStoppedBecomesUnknownAndIsNeverResent() throws Exception {
		String customer = customer("中断客户有限公司", address("crash"), true);
		String campaign = emailCampaign(segmentOfTag(), "");
		api.post("/api/v1/campaigns/" + campaign + "/start");
		SmtpServer.waitFor(address("crash"), 1);
		sentMember(campaign, customer);
		jdbc.update("update campaign_members set status = 'sending', sent_at = null where customer_id = ?",
				UUID.fromString(customer));

		sender.recoverClaimed();
		sender.sendDue();

		JsonNode promotion = api.get("/api/v1/campaigns/" + campaign + "/members/" + customer).json();
		assertThat(promotion.get("member").get("status").asString()).isEqualTo("unknown");
		assertThat(statuses(promotion.get("trail"))).endsWith("unknown");
		assertThat(SmtpServer.receivedBy(address("crash"))).hasSize(1);
	}

	@Test
	void pausingStopsTheSendingAndResumingSendsTheRestEachOnce() throws Exception {
		for (int i = 0; i < 10; i++) {
			customer("暂停客户" + i + "有限公司", address("pause" + i), true);
		}
		String campaign = emailCampaign(segmentOfTag(), "");

		api.post("/api/v1/campaigns/" + campaign + "/start");
		Poll.until(Duration.ofSeconds(10), Duration.ofMillis(20), this::sentCount, n -> n >= 1, () -> "nothing was sent");
		api.post("/api/v1/campaigns/" + campaign + "/pause");
		Thread.sleep(2500);
		int whilePaused = sentCount();
		Thread.sleep(1500);

		assertThat(whilePaused).isLessThan(10);
		assertThat(sentCount()).isEqualTo(whilePaused);
		api.post("/api/v1/campaigns/" + campaign + "/resume");
		Poll.until(Duration.ofSeconds(15), Duration.ofMillis(200), this::sentCount, n -> n == 10,
				() -> "not every member was sent to");
		Thread.sleep(500);
		assertThat(sentCount()).isEqualTo(10);
	}

	@Test
	void aPreviewShowsWhatThePreviewingUserMaySeeMaskedStaysMasked() {
		String customer = customer("预览客户有限公司", address("preview"), true);
		String campaign = emailCampaign(segmentOfTag(), "");
		roles.define(new DefineRole("t-masked-" + tag, "Masked emails", DataScope.ALL,
				Set.of(Permission.CUSTOMER_READ, Permission.CAMPAIGN_READ), Map.of("emails", FieldAccess.MASKED)));

		JsonNode full = api.get("/api/v1/campaigns/" + campaign + "/preview?customerId=" + customer).json();
		JsonNode masked = apiWithRoles("t-masked-" + tag).get("/api/v1/campaigns/" + campaign + "/preview?customerId="
				+ customer).json();

		assertThat(full.get("subject").asString()).isEqualTo("预览客户有限公司" + tag + "，春季优惠");
		assertThat(full.get("html").asString()).contains(address("preview"), "https://shop.example.com/spring");
		assertThat(masked.get("to").asString()).doesNotContain(address("preview")).contains("***");
		assertThat(masked.get("html").asString()).doesNotContain(address("preview"));
	}

	private int sentCount() {
		int count = 0;
		for (int i = 0; i < 10; i++) {
			count += SmtpServer.receivedBy(address("pause" + i)).size();
		}
		return count;
	}

	private String address(String who) {
		return who + "-" + tag + "@mail.example.com";
	}

	private String customer(String name, String email, boolean consent) {
		CustomerJsonFixture fixture = CustomerJsonFixture.aCompany(name + tag).withTags("t" + tag);
		if (email != null) {
			fixture = fixture.withEmail(email);
		}
		Api.Response created = api.post("/api/v1/customers", fixture.json());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		if (consent) {
			Api.Response granted = api.put("/api/v1/customers/" + id + "/consents/email",
					"{\"status\":\"granted\",\"source\":\"web form\"}");
			assertThat(granted.status()).as(granted.body()).isEqualTo(200);
		}
		return id;
	}

	private String segmentOfTag() {
		Api.Response segment = api.post("/api/v1/segments", "{\"name\":\"标签" + tag + "\",\"kind\":\"dynamic\",\"filter\":"
				+ "{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"t" + tag + "\"}}");
		assertThat(segment.status()).as(segment.body()).isEqualTo(201);
		return segment.json().get("id").asString();
	}

	private String emailCampaign(String segment, String more) {
		Api.Response created = api.post("/api/v1/campaigns", """
				{"name":"春季邮件","channel":"email","segmentId":"%s","template":{"subject":"{{customer.name}}，春季优惠",
				 "html":"<p>{{customer.name}} {{customer.email}}</p><a href=\\"https://shop.example.com/spring?from=mail&amp;x=1\\">看看</a> <a href=\\"{{links.unsubscribe}}\\">退订</a>",
				 "text":"{{customer.name}}：春季优惠 https://shop.example.com/spring 退订 {{links.unsubscribe}} 反馈 {{links.response}}"}%s}"""
			.formatted(segment, more));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private JsonNode sentMember(String campaign, String customer) {
		return Poll.until(Duration.ofSeconds(10), Duration.ofMillis(100),
				() -> api.get("/api/v1/campaigns/" + campaign + "/members/" + customer).json().get("member"),
				m -> m.get("status").asString().equals("sent"), () -> "the member was not marked sent");
	}

	private static List<String> paths(String html) {
		List<String> paths = new ArrayList<>();
		Matcher matcher = HREF.matcher(html);
		while (matcher.find()) {
			paths.add(matcher.group(1).replace("&amp;", "&"));
		}
		return paths;
	}

	private static List<String> statuses(JsonNode trail) {
		List<String> statuses = new ArrayList<>();
		trail.forEach(event -> statuses.add(event.get("status").asString()));
		return statuses;
	}

	private static String part(MimeMessage message, String type) throws Exception {
		Object content = message.getContent();
		if (content instanceof String text) {
			return text;
		}
		MimeMultipart multipart = (MimeMultipart) content;
		for (int i = 0; i < multipart.getCount(); i++) {
			if (multipart.getBodyPart(i).isMimeType(type)) {
				return (String) multipart.getBodyPart(i).getContent();
			}
		}
		throw new AssertionError("no " + type + " part");
	}

}
