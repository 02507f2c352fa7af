package dev.clientele.audit;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.Test;

class AuditPagesIT extends DatabaseIT {

	@Test
	void anAuditorSeesTheEntryOfACustomerCreatedThroughTheApiWithTheActorsName() {
		Api writer = apiWithFullAccess();
		String location = writer.post("/api/v1/customers", aCompany("审计页面公司").json()).location().orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);
		String writerName = writer.get("/api/v1/me").json().get("name").asString();

		String page = auditor().get("/audit?action=customer.created&entity=customer").body();

		assertThat(page).contains("Audit trail", id, "customer.created", writerName, "success")
			.doesNotContain("审计页面公司");
	}

	@Test
	void filteringByAnUnknownLoginShowsTheMessageAtTheActorField() {
		String page = auditor().get("/audit?actor=nobody-at-all").body();

		assertThat(page).contains("No user has the login nobody-at-all.");
	}

	@Test
	void theVerifyButtonReportsTheChainIntact() {
		apiWithFullAccess().post("/api/v1/customers", aCompany("链条页面公司").json());
		Api auditor = auditor();

		assertThat(auditor.get("/audit").body()).contains("Verify chain");
		assertThat(auditor.get("/audit/verify").body()).containsPattern("The chain is intact: \\d+ entries checked.");
	}

	@Test
	void anAuditorSeesTheAuditLinkButNoUserAdministrationInEitherLanguage() {
		Api auditor = auditor();

		assertThat(auditor.get("/audit").body()).contains("href=\"/audit\"")
			.doesNotContain("href=\"/admin/users\"", "??");
		assertThat(auditor.inLanguage("zh-CN").get("/audit/verify").body()).contains("审计日志", "日志链完整")
			.doesNotContain("??");
	}

	@Test
	void someoneWithoutAuditReadGetsTheForbiddenPage() {
		Api.Response page = browserWithFullAccess().get("/audit");

		assertThat(page.status()).isEqualTo(403);
		assertThat(page.body()).contains("Not allowed");
	}

	private Api auditor() {
		String login = "aud" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, "security-auditor");
		return Api.signedIn(port, login, TestAccounts.PASSWORD);
	}

}
