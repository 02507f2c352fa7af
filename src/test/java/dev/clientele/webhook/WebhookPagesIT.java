package dev.clientele.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook admin pages, as an administrator's browser uses them. */
class WebhookPagesIT extends DatabaseIT {

	static final String MARKETER_ROLE = "00000000-0000-0000-0000-0000000000a5";

	Api admin;

	@BeforeEach
	void signIn() {
		admin = Api.signedIn(port, "admin", "Chief-Secret-2024!");
	}

	@Test
	void anAdministratorFindsWebhooksInTheNavigationAndRegistersOneThroughTheForm() {
		String url = "https://203.0.113.20/hooks/" + UUID.randomUUID();

		Api.Response created = admin.postForm("/admin/webhooks", "url", url, "events", "customer.created", "events",
				"customer.updated", "secret", "form-secret-1234567890", "roleId", MARKETER_ROLE, "_active", "on");
		String list = admin.get("/admin/webhooks").body();

		assertThat(admin.get("/admin/users").body()).contains("href=\"/admin/webhooks\"");
		assertThat(created.status()).isEqualTo(302);
		assertThat(list).contains(url, "customer.updated", "Marketer", "Inactive", "was registered");
		assertThat(list).doesNotContain("form-secret-1234567890");
	}

	@Test
	void aRejectedFormShowsEachMessageAtItsFieldAndKeepsWhatWasTyped() {
		Api.Response page = admin.inLanguage("zh-CN")
			.postForm("/admin/webhooks", "url", "http://192.168.0.10/hook", "secret", "short", "roleId", "", "_active",
					"on");

		assertThat(page.status()).isEqualTo(200);
		assertThat(between(page.body(), "id=\"url\"", "id=\"events\"")).contains("http://192.168.0.10/hook",
				"此主机解析到私有、回环或其他内部地址。");
		assertThat(between(page.body(), "id=\"events\"", "id=\"secret\"")).contains("此项为必填项");
		assertThat(between(page.body(), "id=\"secret\"", "id=\"roleId\"")).contains("长度须在 16 到 200 个字符之间。")
			.doesNotContain("value=\"short\"");
		assertThat(between(page.body(), "id=\"roleId\"", "id=\"active\"")).contains("此项为必填项");
	}

	@Test
	void theDeliveryLogOfAWebhookIsShownAndAnEditKeepsTheSecretWhenLeftEmpty() {
		String url = "https://203.0.113.21/hooks/" + UUID.randomUUID();
		admin.postForm("/admin/webhooks", "url", url, "events", "contact.created", "secret", "form-secret-1234567890",
				"roleId", MARKETER_ROLE, "_active", "on");
		String list = admin.get("/admin/webhooks").body();
		String id = idBefore(list, url);

		Api.Response edit = admin.get("/admin/webhooks/" + id);
		Api.Response saved = admin.postForm("/admin/webhooks/" + id, "url", url, "events", "contact.deleted", "secret", "",
				"roleId", MARKETER_ROLE, "_active", "on");
		Api.Response log = admin.get("/admin/webhooks/" + id + "/deliveries");

		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.body()).contains(url).doesNotContain("form-secret-1234567890");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(admin.get("/admin/webhooks").body()).contains("contact.deleted", "was saved");
		assertThat(log.status()).isEqualTo(200);
		assertThat(log.body()).contains(url, "Nothing to deliver yet.");
		assertThat(admin.postForm("/admin/webhooks/" + id + "/delete").status()).isEqualTo(302);
		assertThat(admin.get("/admin/webhooks").body()).doesNotContain(url + "\"");
	}

	private static String idBefore(String page, String url) {
		String before = page.substring(0, page.indexOf(">" + url + "<"));
		String marker = "/admin/webhooks/";
		int start = before.lastIndexOf(marker) + marker.length();
		return before.substring(start, start + 36);
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to, start + 1);
		return start < 0 || end < 0 ? "" : text.substring(start, end);
	}

}
