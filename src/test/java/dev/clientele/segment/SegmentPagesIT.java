package dev.clientele.segment;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;

/** The segment pages and the saved views on the customer list, as a signed-in browser uses them. */
class SegmentPagesIT extends DatabaseIT {

	final String tag = "pg" + UUID.randomUUID().toString().substring(0, 8);

	final String filter = "{\"field\":\"tags\",\"op\":\"eq\",\"value\":\"" + tag + "\"}";

	@Test
	void aSegmentMadeInTheFormListsItsCountAndShowsItsMembers() {
		Api browser = browserWithFullAccess();
		browser.post("/api/v1/customers", aCompany("页面成员公司").withTags(tag).json());

		assertThat(browser.get("/segments/count?filter=" + Api.encode(filter)).body()).contains("Matching now: 1");
		Api.Response created = browser.postForm("/segments", "name", "页面分群" + tag, "description", "", "kind", "dynamic",
				"filter", filter);
		assertThat(created.status()).isEqualTo(302);
		String page = created.location().orElseThrow().replaceFirst("^https?://[^/]+", "");

		assertThat(browser.get(page).body()).contains("页面分群" + tag, "页面成员公司", "Export CSV", "Freeze members");
		assertThat(browser.get("/segments").body()).contains("页面分群" + tag);
		assertThat(browser.get("/segments/new").status()).isEqualTo(200);
	}

	@Test
	void aBadFilterShowsItsErrorAtTheFilterField() {
		Api browser = browserWithFullAccess();
		String bad = "{\"field\":\"colour\",\"op\":\"eq\",\"value\":\"red\"}";

		assertThat(browser.get("/segments/count?filter=" + Api.encode(bad)).body()).contains("field: Unknown field: colour");
		Api.Response form = browser.postForm("/segments", "name", "坏分群", "kind", "dynamic", "filter", bad);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("is-invalid", "field: Unknown field: colour");
	}

	@Test
	void aSavedViewAppliesItsFilterToTheCustomerList() {
		Api browser = browserWithFullAccess();
		browser.post("/api/v1/customers", aCompany("视图里的公司").withTags(tag).json());
		browser.post("/api/v1/customers", aCompany("视图外的公司").json());

		assertThat(browser.get("/views/menu?filter=" + Api.encode(filter)).body()).contains("Save view");
		Api.Response saved = browser.postForm("/views", "name", "页面视图" + tag, "filter", filter, "sort", "name");
		assertThat(saved.status()).isEqualTo(302);
		String link = saved.location().orElseThrow();
		assertThat(link).contains("/customers?filter=");

		String list = browser.get(link.substring(link.indexOf("/customers"))).body();
		assertThat(list).contains("视图里的公司").doesNotContain("视图外的公司");
		assertThat(browser.get("/views/menu").body()).contains("页面视图" + tag);
	}

}
