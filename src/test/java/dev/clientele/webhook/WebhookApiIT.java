package dev.clientele.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registering webhooks through the API with the default settings, where targets in private and
 * loopback ranges are refused. Webhooks registered here point at a documentation address
 * (203.0.113.0/24) and stay inactive, so nothing is ever sent.
 */
class WebhookApiIT extends DatabaseIT {

	static final String MARKETER_ROLE = "00000000-0000-0000-0000-0000000000a5";

	static final String SECRET = "write-only-secret-4711-abcdef";

	@Autowired
	JdbcClient jdbc;

	Api admin;

	@BeforeEach
	void signIn() {
		admin = new Api(port).withToken(TestAccounts.token(port, "admin", "Chief-Secret-2024!"));
	}

	@Test
	void targetsInPrivateOrLoopbackRangesAreRefusedNamingTheUrl() {
		for (String url : new String[] { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.0.0.5/hook",
				"http://192.168.1.20/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook" }) {
			Api.Response response = admin.post("/api/v1/webhooks", body(url, SECRET));

			assertThat(response.status()).as(url).isEqualTo(400);
			assertThat(response.errorFields()).as(url).containsExactly("url");
		}
		assertThat(admin.get("/api/v1/webhooks").body()).doesNotContain("127.0.0.1", "10.0.0.5", "169.254.169.254");
	}

	@Test
	void aRoleWhoseScopeDependsOnAUserIsRefusedForAWebhook() {
		String salesRep = roles.roles().stream().filter(role -> role.key().equals("sales-rep")).findFirst().orElseThrow()
			.id().toString();

		Api.Response refused = admin.post("/api/v1/webhooks", """
				{"url": "https://203.0.113.10/hook", "events": ["customer.created"], "secret": "a-long-shared-secret-for-tests",
				 "roleId": "%s"}""".formatted(salesRep));

		assertThat(refused.errorFields()).containsExactly("roleId");
		assertThat(refused.json().at("/errors/0/code").asString()).isEqualTo("webhook.roleScope");
	}

	@Test
	void badInputIsRefusedNamingEachFieldAndNothingIsRegistered() {
		int before = admin.get("/api/v1/webhooks").json().size();

		Api.Response unknown = admin.post("/api/v1/webhooks", "{\"url\": \"https://203.0.113.10/hook\", \"colour\": \"red\"}");
		Api.Response empty = admin.post("/api/v1/webhooks", "{}");
		Api.Response wrongType = admin.post("/api/v1/webhooks", body("https://203.0.113.10/hook", SECRET)
			.replace("\"active\": false", "\"active\": \"yes\""));
		Api.Response bad = admin.post("/api/v1/webhooks", """
				{"url": "ftp://203.0.113.10/hook", "events": ["customer.updated", "customer.exploded", "customer.updated"],
				 "secret": "short", "roleId": "%s", "active": false}""".formatted(UUID.randomUUID()));
		Api.Response notAnId = admin.post("/api/v1/webhooks", """
				{"url": "https://203.0.113.10/hook", "events": ["customer.created"], "secret": "%s", "roleId": "admin"}"""
			.formatted(SECRET));

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.errorFields()).containsExactly("colour");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.errorFields()).containsExactlyInAnyOrder("url", "events", "secret", "roleId");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.errorFields()).containsExactly("active");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errorFields()).containsExactlyInAnyOrder("url", "events[1]", "events[2]", "secret", "roleId");
		assertThat(bad.body()).contains("Must be an http or https URL.", "Between 16 and 200 characters.");
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(notAnId.errorFields()).containsExactly("roleId");
		assertThat(admin.get("/api/v1/webhooks").json().size()).isEqualTo(before);
	}

	@Test
	void theSecretIsWriteOnlyAndKeptUnlessReplaced() {
		Api.Response created = admin.post("/api/v1/webhooks", body("https://203.0.113.10/hook", SECRET));
		String id = created.json().get("id").asString();
		String path = "/api/v1/webhooks/" + id;

		Api.Response patched = admin.patch(path, "{\"events\": [\"customer.deleted\", \"customer.restored\"]}");
		String keptSecret = storedSecret(id);
		Api.Response replaced = admin.put(path, """
				{"url": "https://203.0.113.11/hook", "events": ["contact.created"], "secret": "another-secret-0815-xyz",
				 "roleId": "%s", "active": false}""".formatted(MARKETER_ROLE));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).contains(path);
		for (Api.Response response : new Api.Response[] { created, patched, replaced, admin.get(path),
				admin.get("/api/v1/webhooks"), admin.get(path + "/deliveries") }) {
			assertThat(response.body()).doesNotContain(SECRET, "another-secret-0815-xyz", "\"secret\"");
		}
		assertThat(patched.json().get("events").toString()).isEqualTo("[\"customer.deleted\",\"customer.restored\"]");
		assertThat(patched.json().get("url").asString()).isEqualTo("https://203.0.113.10/hook");
		assertThat(keptSecret).isEqualTo(SECRET);
		assertThat(replaced.json().get("url").asString()).isEqualTo("https://203.0.113.11/hook");
		assertThat(storedSecret(id)).isEqualTo("another-secret-0815-xyz");
		assertThat(admin.delete(path).status()).isEqualTo(204);
		assertThat(admin.get(path).status()).isEqualTo(404);
	}

	@Test
	void onlyWebhookAdministratorsManageWebhooks() {
		Api.Response created = admin.post("/api/v1/webhooks", body("https://203.0.113.12/hook", SECRET));
		String id = created.json().get("id").asString();
		Api customerUser = apiWithFullAccess();

		assertThat(customerUser.get("/api/v1/webhooks").status()).isEqualTo(403);
		assertThat(customerUser.post("/api/v1/webhooks", body("https://203.0.113.13/hook", SECRET)).status()).isEqualTo(403);
		assertThat(customerUser.delete("/api/v1/webhooks/" + id).status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/webhooks/" + id).status()).isEqualTo(200);
		assertThat(admin.get("/api/v1/webhooks/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(admin.post("/api/v1/webhooks/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver").status())
			.isEqualTo(404);
		admin.delete("/api/v1/webhooks/" + id);
	}

	private String storedSecret(String id) {
		return jdbc.sql("select secret from webhooks where id = ?").param(UUID.fromString(id)).query(String.class).single();
	}

	private static String body(String url, String secret) {
		return """
				{"url": "%s", "events": ["customer.created", "customer.updated"], "secret": "%s", "roleId": "%s",
				 "active": false}""".formatted(url, secret, MARKETER_ROLE);
	}

}
