package dev.clientele.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConsentApiIT extends DatabaseIT {

	private Api api;

	private String customer;

	/** Makes this test's customers' names unique, so that filters can be narrowed to them. */
	private final String tag = java.util.UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void customer() {
		api = apiWithFullAccess();
		customer = api.post("/api/v1/customers", CustomerJsonFixture.aCompany(tag + "许可测试有限公司").json()).json().get("id").asString();
	}

	private String consents() {
		return "/api/v1/customers/" + customer + "/consents";
	}

	private Api.Response put(String channel, String json) {
		return api.put(consents() + "/" + channel, json);
	}

	@Test
	void aGrantAndALaterWithdrawalLeaveTheWithdrawalInForceAndBothInTheHistory() {
		Api.Response granted = put("email", "{\"status\":\"granted\",\"source\":\"展会登记表\",\"at\":\"2026-01-10T08:00:00Z\"}");
		assertThat(granted.status()).as(granted.body()).isEqualTo(200);
		assertThat(granted.json().get("status").asString()).isEqualTo("granted");
		assertThat(granted.json().get("channel").asString()).isEqualTo("email");
		assertThat(granted.json().get("at").asString()).isEqualTo("2026-01-10T08:00:00Z");

		Api.Response withdrawn = put("email", "{\"status\":\"withdrawn\",\"source\":\"phone call\"}");
		assertThat(withdrawn.json().get("status").asString()).isEqualTo("withdrawn");

		JsonNode all = api.get(consents()).json();
		assertThat(all.get("current")).hasSize(1);
		assertThat(all.get("current").get(0).get("status").asString()).isEqualTo("withdrawn");
		assertThat(all.get("current").get(0).get("source").asString()).isEqualTo("phone call");
		assertThat(statuses(all.get("history"))).containsExactly("withdrawn", "granted");
		assertThat(all.get("history").get(1).get("source").asString()).isEqualTo("展会登记表");
		assertThat(all.get("history").get(1).get("recordedBy").asString()).isNotBlank();
	}

	@Test
	void aBackdatedRecordJoinsTheHistoryWithoutReplacingALaterConsent() {
		put("sms", "{\"status\":\"granted\",\"source\":\"web\",\"at\":\"2026-03-01T00:00:00Z\"}");

		Api.Response old = put("sms", "{\"status\":\"withdrawn\",\"source\":\"old letter\",\"at\":\"2025-01-01T00:00:00Z\"}");

		assertThat(old.json().get("status").asString()).isEqualTo("granted");
		assertThat(api.get(consents()).json().get("history")).hasSize(2);
	}

	@Test
	void eachChannelAndEachContactHasItsOwnConsent() {
		String contact = api.post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"王经理\"}").json().get("id").asString();
		put("email", "{\"status\":\"granted\",\"source\":\"web\"}");
		put("phone", "{\"status\":\"withdrawn\",\"source\":\"web\"}");
		put("email", "{\"status\":\"withdrawn\",\"source\":\"web\",\"contactId\":\"" + contact + "\"}");

		JsonNode current = api.get(consents()).json().get("current");

		assertThat(current).hasSize(3);
		assertThat(current.get(0).get("contactId").isNull()).isTrue();
		assertThat(current.get(2).get("contactId").asString()).isEqualTo(contact);
		assertThat(current.get(2).get("status").asString()).isEqualTo("withdrawn");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertThat(fields(put("fax", "{\"status\":\"granted\",\"source\":\"web\"}"))).contains("channel");
		assertThat(fields(put("email", "{\"status\":\"maybe\",\"source\":\"web\"}"))).containsExactly("status");
		assertThat(fields(put("email", "{\"status\":\"pending\",\"source\":\"web\"}"))).containsExactly("status");
		assertThat(fields(put("email", "{\"status\":\"granted\"}"))).containsExactly("source");
		assertThat(fields(put("email", "{\"status\":\"granted\",\"source\":\"web\",\"at\":\"yesterday\"}"))).containsExactly("at");
		assertThat(fields(put("email", "{\"status\":\"granted\",\"source\":\"web\",\"at\":\"2999-01-01T00:00:00Z\"}")))
			.containsExactly("at");
		assertThat(fields(put("email", "{\"status\":\"granted\",\"source\":\"web\",\"contactId\":\"" + customer + "\"}")))
			.containsExactly("contactId");
		assertThat(api.get(consents()).json().get("history")).isEmpty();
	}

	@Test
	void recordingNeedsTheConsentPermission() {
		Api readOnly = apiWithRoles("read-only");

		Api.Response refused = readOnly.put(consents() + "/email", "{\"status\":\"granted\",\"source\":\"web\"}");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(api.get(consents()).json().get("history")).isEmpty();
	}

	@Test
	void aCustomerOutsideTheUsersScopeIsNotFound() {
		Api rep = apiWithRoles("sales-rep");

		assertThat(rep.put(consents() + "/email", "{\"status\":\"granted\",\"source\":\"web\"}").status()).isEqualTo(404);
		assertThat(rep.put(consents() + "/fax", "{}").status()).isEqualTo(404);
		assertThat(rep.get(consents()).status()).isEqualTo(404);
	}

	@Test
	void theConsentFieldsFilterTheCustomerList() {
		put("email", "{\"status\":\"granted\",\"source\":\"web\"}");
		String other = api.post("/api/v1/customers", CustomerJsonFixture.aCompany(tag + "未同意有限公司").json()).json().get("id").asString();
		api.put("/api/v1/customers/" + other + "/consents/email", "{\"status\":\"withdrawn\",\"source\":\"web\"}");

		List<String> granted = ids("{\"field\":\"consent.email\",\"op\":\"eq\",\"value\":\"granted\"}");
		List<String> withdrawn = ids("{\"field\":\"consent.email\",\"op\":\"eq\",\"value\":\"withdrawn\"}");
		List<String> noSms = ids("{\"field\":\"consent.sms\",\"op\":\"isEmpty\"}");

		assertThat(granted).contains(customer).doesNotContain(other);
		assertThat(withdrawn).contains(other).doesNotContain(customer);
		assertThat(noSms).contains(customer, other);
	}

	@Test
	void everyRecordIsAudited() {
		put("email", "{\"status\":\"granted\",\"source\":\"web\"}");
		put("email", "{\"status\":\"withdrawn\",\"source\":\"web\"}");

		JsonNode entries = apiWithRoles("security-auditor").get("/api/v1/audit?entity=customer&entityId=" + customer)
			.json()
			.get("items");

		List<String> actions = new ArrayList<>();
		entries.forEach(entry -> actions.add(entry.get("action").asString()));
		assertThat(actions).contains("consent.granted", "consent.withdrawn");
	}

	@Test
	void theSubjectExportHoldsTheConsentsAndTheErasureRemovesThem() {
		put("email", "{\"status\":\"granted\",\"source\":\"展会登记表\"}");

		JsonNode export = api.get("/api/v1/customers/" + customer + "/personal-data").json();
		assertThat(export.at("/parts/consents/current/0/status").asString()).isEqualTo("granted");
		assertThat(export.at("/parts/consents/history/0/source").asString()).isEqualTo("展会登记表");

		Api.Response erased = api.post("/api/v1/customers/" + customer + "/erasure", "{\"reason\": \"申请删除\"}");
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.body()).contains("consentEvents");
		List<String> afterwards = ids("{\"field\":\"consent.email\",\"op\":\"eq\",\"value\":\"granted\"}");
		assertThat(afterwards).doesNotContain(customer);
	}

	private List<String> ids(String filter) {
		List<String> ids = new ArrayList<>();
		String mine = "{\"and\":[" + filter + ",{\"field\":\"name\",\"op\":\"startsWith\",\"value\":\"" + tag + "\"}]}";
		api.get("/api/v1/customers?limit=200&filter=" + Api.encode(mine)).json().get("items")
			.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<String> fields(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	private static List<String> statuses(JsonNode history) {
		List<String> statuses = new ArrayList<>();
		history.forEach(record -> statuses.add(record.get("status").asString()));
		return statuses;
	}

}
