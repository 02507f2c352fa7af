package dev.clientele.audit;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AuditIT extends DatabaseIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCustomerWriteIsAuditedWithFieldNamesButNeverTheValues() {
		Api writer = apiWithFullAccess();
		String path = writer.post("/api/v1/customers", aCompany("审计对象公司").withPhone("13912340001").json())
			.location()
			.orElseThrow();
		String id = path.substring(path.lastIndexOf('/') + 1);
		writer.patch(path, "{\"version\": 1, \"city\": \"秘密城市\"}");
		writer.delete(path);
		writer.post(path + "/restore");

		JsonNode entries = auditor().get("/api/v1/audit?entity=customer&entityId=" + id).json().get("items");

		assertThat(entries).extracting(e -> e.get("action").asString())
			.containsExactly("customer.restored", "customer.deleted", "customer.updated", "customer.created");
		assertThat(entries.get(2).get("fields").get(0).asString()).isEqualTo("city");
		assertThat(entries.toString()).doesNotContain("秘密城市", "审计对象公司", "13912340001");
		assertThat(entries.get(0).get("clientIp").asString()).isNotBlank();
	}

	@Test
	void signInsAndTheirFailuresAreAudited() {
		String login = "aud" + UUID.randomUUID().toString().substring(0, 6);
		UUID id = TestAccounts.user(users, login, null, "sales-rep").id();
		new Api(port).withBasic(login, "Wrong-Password-9").post("/api/v1/tokens", "{\"name\": \"x\"}");
		TestAccounts.token(port, login);

		JsonNode entries = auditor().get("/api/v1/audit?actor=" + id).json().get("items");

		assertThat(entries).extracting(e -> e.get("action").asString()).contains("login.failed", "token.created");
		assertThat(entries.toString()).doesNotContain("Wrong-Password-9", TestAccounts.PASSWORD);
	}

	@Test
	void signingOutIsAudited() {
		String login = "out" + UUID.randomUUID().toString().substring(0, 6);
		UUID id = TestAccounts.user(users, login, null, "sales-rep").id();
		Api browser = Api.signedIn(port, login, TestAccounts.PASSWORD);

		assertThat(browser.postForm("/logout").status()).isEqualTo(302);

		assertThat(auditor().get("/api/v1/audit?actor=" + id + "&action=logout").json().get("items")).hasSize(1);
	}

	@Test
	void theChainDetectsAnyEditOfThePast() {
		Api auditor = auditor();
		apiWithFullAccess().post("/api/v1/customers", aCompany("链条测试公司").json());
		assertThat(auditor.get("/api/v1/audit/verify").json().get("firstBroken").isNull()).isTrue();

		long seq = jdbc.sql("select max(seq) - 1 from audit_log").query(Long.class).single();
		String action = jdbc.sql("select action from audit_log where seq = ?").param(seq).query(String.class).single();
		jdbc.sql("update audit_log set action = 'customer.read' where seq = ?").param(seq).update();
		try {
			JsonNode verification = auditor.get("/api/v1/audit/verify").json();
			assertThat(verification.get("firstBroken").asLong()).isEqualTo(seq);
		}
		finally {
			jdbc.sql("update audit_log set action = ? where seq = ?").params(action, seq).update();
		}
		assertThat(auditor.get("/api/v1/audit/verify").json().get("firstBroken").isNull()).isTrue();
	}

	@Test
	void onlyAuditorsReadTheTrail() {
		assertThat(apiWithFullAccess().get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(auditor().get("/api/v1/audit").status()).isEqualTo(200);
	}

	private Api auditor() {
		String login = "auditor" + UUID.randomUUID().toString().substring(0, 6);
		TestAccounts.user(users, login, null, "security-auditor");
		return new Api(port).withToken(TestAccounts.token(port, login));
	}

}
