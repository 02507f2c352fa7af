package dev.clientele.privacy;

import static dev.clientele.support.CustomerJsonFixture.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErasurePagesIT extends DatabaseIT {

	Api browser;

	String name;

	String id;

	@BeforeEach
	void setUp() {
		browser = browserWithFullAccess();
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
		name = "页面删除" + tag;
		id = browser.post("/api/v1/customers", aPerson(name).withPhone("137" + tag).json()).json().get("id").asString();
	}

	@Test
	void theCustomerPageOffersTheDownloadAndTheErasureToThoseWhoMayInTheirLanguage() {
		String page = browser.get("/customers/" + id).body();
		assertThat(page).contains("href=\"/api/v1/customers/" + id + "/personal-data\"", "Download personal data",
				"href=\"/customers/" + id + "/erasure\"", "Erase…");
		assertThat(browser.inLanguage("zh-CN").get("/customers/" + id).body()).contains("下载个人信息", "删除个人信息…");

		String login = "r" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.user(users, login, null, "sales-rep");
		Api rep = Api.signedIn(port, login, TestAccounts.PASSWORD);
		String own = rep.post("/api/v1/customers", aPerson("销售自己的客户").json()).json().get("id").asString();
		String repPage = rep.get("/customers/" + own).body();
		assertThat(repPage).contains("销售自己的客户").doesNotContain("/personal-data", "/erasure");
		assertThat(rep.get("/customers/" + own + "/erasure").status()).isEqualTo(403);
	}

	@Test
	void theErasureFormWantsAReasonAtItsFieldThenErasesAndTheCustomerPageSaysItIsGone() {
		Api.Response form = browser.get("/customers/" + id + "/erasure");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains(name, "name=\"reason\"");

		Api.Response refused = browser.postForm("/customers/" + id + "/erasure", "reason", " ");
		assertThat(refused.status()).isEqualTo(200);
		String atReason = refused.body().substring(refused.body().indexOf("<textarea"));
		assertThat(atReason.substring(0, atReason.indexOf("</form>"))).contains("is-invalid", "This field is required.");
		assertThat(browser.get("/api/v1/customers/" + id).status()).isEqualTo(200);

		Api.Response erased = browser.postForm("/customers/" + id + "/erasure", "reason", "本人申请删除");
		assertThat(erased.status()).isEqualTo(302);
		assertThat(erased.location().orElseThrow()).endsWith("/customers");
		assertThat(browser.get("/customers").body()).contains("The personal data of the customer was erased.")
			.doesNotContain(name);
		Api.Response gone = browser.get("/customers/" + id);
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.body()).contains("The personal data of this customer was erased").doesNotContain(name);
		assertThat(browser.get("/customers/" + id + "/erasure").status()).isEqualTo(410);
	}

}
