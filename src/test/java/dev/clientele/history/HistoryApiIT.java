package dev.clientele.history;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import dev.clientele.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HistoryApiIT extends DatabaseIT {

	Api api;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
	}

	@Test
	void versionsCanBeNarrowedToOneFieldAndOneActor() {
		String path = api.post("/api/v1/customers", aCompany("筛选历史公司").with("city", "南京市").json())
			.location()
			.orElseThrow();
		api.patch(path, "{\"version\": 1, \"city\": \"苏州市\", \"level\": \"B\"}");
		Api other = apiWithRoles(TestAccounts.FULL_ACCESS);
		other.patch(path, "{\"version\": 2, \"level\": \"A\"}");
		String otherId = other.get("/api/v1/me").json().get("id").asString();

		JsonNode cityChanges = api.get(path + "/versions?field=city").json();
		assertThat(versionNumbers(cityChanges)).containsExactly(2, 1);
		assertThat(cityChanges.get(0).get("changes")).hasSize(1);
		assertThat(cityChanges.get(0).at("/changes/0/old").asString()).isEqualTo("南京市");
		assertThat(cityChanges.get(0).at("/changes/0/new").asString()).isEqualTo("苏州市");

		JsonNode byOther = api.get(path + "/versions?actor=" + otherId).json();
		assertThat(versionNumbers(byOther)).containsExactly(3);
		assertThat(api.get(path + "/versions?actor=" + otherId + "&field=city").json()).isEmpty();
		assertThat(api.get(path + "/versions?actor=someone").errorFields()).containsExactly("actor");
	}

	@Test
	void anyTwoVersionsCanBeComparedFieldByField() {
		String path = api.post("/api/v1/customers", aCompany("对比公司").with("city", "南京市").with("level", "C").json())
			.location()
			.orElseThrow();
		api.patch(path, "{\"version\": 1, \"city\": \"苏州市\"}");
		api.patch(path, "{\"version\": 2, \"city\": \"南京市\", \"level\": \"A\"}");

		JsonNode oneToThree = api.get(path + "/versions/compare?from=1&to=3").json();
		assertThat(oneToThree.at("/from/version").asInt()).isEqualTo(1);
		assertThat(oneToThree.get("changes")).hasSize(1);
		assertThat(oneToThree.at("/changes/0/field").asString()).isEqualTo("level");
		assertThat(oneToThree.at("/changes/0/old").asString()).isEqualTo("C");
		assertThat(oneToThree.at("/changes/0/new").asString()).isEqualTo("A");

		JsonNode backwards = api.get(path + "/versions/compare?from=2&to=1").json();
		assertThat(backwards.at("/changes/0/field").asString()).isEqualTo("city");
		assertThat(backwards.at("/changes/0/new").asString()).isEqualTo("南京市");

		assertThat(api.get(path + "/versions/compare?from=1&to=7").status()).isEqualTo(404);
		assertThat(api.get(path + "/versions/compare?from=1").errorFields()).containsExactly("to");
		assertThat(api.get(path + "/versions/compare?from=one&to=2").errorFields()).containsExactly("from");
	}

	@Test
	void hiddenFieldsAreAbsentFromHistoryAndMaskedOnesMaskedInTheDiff() {
		String path = api.post("/api/v1/customers", aCompany("保密历史公司").withPhone("138 0013 8000")
			.with("notes", "第一条机密备注").json()).location().orElseThrow();
		api.patch(path, "{\"version\": 1, \"notes\": \"第二条机密备注\", \"phones\": [{\"number\": \"139 0013 9000\"}]}");
		Api marketer = apiWithRoles("marketer");

		String versions = marketer.get(path + "/versions").body();
		String compared = marketer.get(path + "/versions/compare?from=1&to=2").body();
		String notesOnly = marketer.get(path + "/versions?field=notes").body();

		assertThat(versions + compared + notesOnly).doesNotContain("机密备注", "13800138000", "13900139000", "0013 8000");
		assertThat(compared).contains("\"phones\"", "138****8000", "139****9000").doesNotContain("\"notes\"");
		assertThat(marketer.get(path + "/versions?field=notes").json()).isEmpty();
	}

	@Test
	void aContactsVersionsAreListedAndOthersScopeIsRespected() {
		String customer = api.post("/api/v1/customers", aCompany("联系人历史公司").json()).location().orElseThrow();
		String contact = api.post(customer + "/contacts", "{\"name\": \"李经理\", \"title\": \"经理\"}")
			.location()
			.orElseThrow();
		api.patch(contact, "{\"version\": 1, \"title\": \"总监\"}");

		JsonNode versions = api.get(contact + "/versions").json();
		assertThat(versionNumbers(versions)).containsExactly(2, 1);
		assertThat(versions.at("/0/changes/0/new").asString()).isEqualTo("总监");

		Api rep = apiWithRoles("sales-rep");
		assertThat(rep.get(customer + "/versions").status()).isEqualTo(404);
		assertThat(rep.get(customer + "/versions/compare?from=1&to=1").status()).isEqualTo(404);
		assertThat(rep.get(contact + "/versions").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/customers/" + UUID.randomUUID() + "/versions").status()).isEqualTo(404);
	}

	private static List<Integer> versionNumbers(JsonNode versions) {
		return versions.valueStream().map(v -> v.get("version").asInt()).toList();
	}



}
