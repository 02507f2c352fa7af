package dev.clientele.vocabulary;

import static dev.clientele.support.CustomerJsonFixture.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vocabulary admin pages, as an administrator's browser uses them; tests change only entries they add. */
class VocabularyPagesIT extends DatabaseIT {

	Api browser;

	String run;

	@BeforeEach
	void setUp() {
		browser = browserWithRoles(TestAccounts.FULL_ACCESS, "system-admin");
		run = UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void eachFieldsEntriesAreListedInOrderWithBothLabelsAndTheirSynonyms() {
		Api.Response first = browser.get("/admin/vocabularies");
		assertThat(first.status()).isEqualTo(302);
		assertThat(path(first)).isEqualTo("/admin/vocabularies/level");

		String industries = browser.inLanguage("zh-CN").get("/admin/vocabularies/industry").body();

		assertThat(industries).contains("词表", "农、林、牧、渔业", "Manufacturing", "国际组织", "农林牧渔");
		assertThat(industries.indexOf("采矿业")).isLessThan(industries.indexOf("制造业"));
		assertThat(browser.get("/customers").body()).contains("href=\"/admin/vocabularies\"");
		assertThat(browserWithFullAccess().get("/customers").body()).doesNotContain("href=\"/admin/vocabularies\"");
	}

	@Test
	void anEntryAddedThroughTheFormIsListedAndABadOneShowsEachErrorAtItsField() {
		Api.Response added = browser.postForm("/admin/vocabularies/source/entries", "code", "直播" + run, "labelZh",
				"直播带货" + run, "labelEn", "Live streaming " + run, "synonyms", "直播间" + run + "\r\n\r\n带货" + run);

		assertThat(path(added)).isEqualTo("/admin/vocabularies/source");
		assertThat(follow(added)).contains("The entry Live streaming " + run + " was added.",
				"直播间" + run + "、带货" + run);

		Api.Response refused = browser.postForm("/admin/vocabularies/source/entries", "code", "展会", "labelZh", "",
				"labelEn", "Fair " + run, "synonyms", "官网");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(at(refused.body(), "name=\"code\"")).contains("An entry with this code exists already.");
		assertThat(at(refused.body(), "name=\"labelZh\"")).contains("This field is required.");
		assertThat(at(refused.body(), "name=\"synonyms\"")).contains("“官网” names the entry 网站 already.");
		assertThat(refused.body()).contains("value=\"Fair " + run + "\"");
	}

	@Test
	void anEntryIsRelabelledMovedRetiredAndTakenIntoUseAgain() {
		String first = "甲" + run;
		String second = "乙" + run;
		follow(browser.postForm("/admin/vocabularies/level/entries", "code", first, "labelZh", "甲级" + run, "labelEn",
				"First " + run));
		follow(browser.postForm("/admin/vocabularies/level/entries", "code", second, "labelZh", "乙级" + run, "labelEn",
				"Second " + run));
		String entry = "/admin/vocabularies/level/entries/" + Api.encode(second);

		assertThat(browser.get(entry).body()).contains("value=\"乙级" + run + "\"");
		Api.Response saved = browser.postForm(entry, "labelZh", "乙等" + run, "labelEn", "Second " + run, "synonyms",
				"B" + run, "code", "changed");
		assertThat(follow(saved)).contains("The entry Second " + run + " was saved.");
		assertThat(browser.postForm(entry, "labelZh", "乙等" + run, "labelEn", "Second " + run, "synonyms", "A级").body())
			.contains("“A级” names the entry A already.");

		String list = follow(browser.postForm(entry + "/move", "to", "up"));
		assertThat(list.indexOf("乙等" + run)).isLessThan(list.indexOf("甲级" + run));
		assertThat(list).doesNotContain("<code>changed</code>");

		assertThat(follow(browser.postForm(entry + "/retire"))).contains("The entry Second " + run + " was retired");
		assertThat(apiWithFullAccess().post("/api/v1/customers", aPerson("停用测试").with("level", "B" + run).json()).status())
			.isEqualTo(400);
		assertThat(follow(browser.postForm(entry + "/reactivate")))
			.contains("The entry Second " + run + " takes new customers again.");
	}

	/** The part of a page from an input to the next input: its messages. */
	private static String at(String page, String input) {
		String rest = page.substring(page.indexOf(input));
		int next = rest.indexOf("name=\"", input.length());
		return next < 0 ? rest : rest.substring(0, next);
	}

	/** The page a successful post redirects to, with its flash message. */
	private String follow(Api.Response redirect) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		return browser.get(path(redirect)).body();
	}

	private static String path(Api.Response response) {
		return URI.create(response.location().orElseThrow()).getPath();
	}

}
