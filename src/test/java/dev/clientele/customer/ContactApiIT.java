package dev.clientele.customer;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static dev.clientele.support.CustomerJsonFixture.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactApiIT extends DatabaseIT {


	Api api;

	String company;

	@BeforeEach
	void setUp() {
		api = apiWithFullAccess();
		company = api.post("/api/v1/customers", aCompany("南京金陵机械有限公司").json()).json().get("id").asString();
	}

	@Test
	void contactsAreCreatedUnderTheirCompanyAndListedPrimaryFirst() {
		Api.Response created = api.post("/api/v1/customers/" + company + "/contacts",
				"{\"name\": \"李雷\", \"title\": \"采购经理\", \"phones\": [{\"number\": \"13912345679\", \"label\": \"手机\"}]}");
		api.post("/api/v1/customers/" + company + "/contacts", "{\"name\": \"韩梅梅\", \"primary\": true}");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).hasValue("/api/v1/contacts/" + created.json().get("id").asString());
		assertThat(created.json().at("/phones/0/e164").asString()).isEqualTo("+8613912345679");
		JsonNode list = api.get("/api/v1/customers/" + company + "/contacts").json();
		assertThat(list).hasSize(2);
		assertThat(list.get(0).get("name").asString()).isEqualTo("韩梅梅");
	}

	@Test
	void markingAContactPrimaryUnmarksThePreviousOneAsANewVersion() {
		String first = api.post("/api/v1/customers/" + company + "/contacts", "{\"name\": \"甲\", \"primary\": true}")
			.json()
			.get("id")
			.asString();
		api.post("/api/v1/customers/" + company + "/contacts", "{\"name\": \"乙\", \"primary\": true}");

		JsonNode previous = api.get("/api/v1/contacts/" + first).json();
		assertThat(previous.get("primary").asBoolean()).isFalse();
		assertThat(previous.get("version").asInt()).isEqualTo(2);
		JsonNode versions = api.get("/api/v1/contacts/" + first + "/versions").json();
		assertThat(versions.get(0).at("/changes/0/field").asString()).isEqualTo("primary");
	}

	@Test
	void contactsArePatchedWithAVersionAndDeletedSoftly() {
		String path = api.post("/api/v1/customers/" + company + "/contacts", "{\"name\": \"王经理\"}").location().get();

		Api.Response patched = api.patch(path, "{\"version\": 1, \"title\": \"总经理\", \"emails\": [{\"address\": \"Wang@JL.cn\"}]}");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().at("/emails/0/address").asString()).isEqualTo("wang@jl.cn");
		assertThat(api.patch(path, "{\"version\": 1, \"title\": \"董事长\"}").status()).isEqualTo(409);
		assertThat(api.patch(path, "{\"version\": 2, \"customerId\": \"x\"}").errorFields()).containsExactly("customerId");

		assertThat(api.delete(path).status()).isEqualTo(204);
		assertThat(api.get(path).status()).isEqualTo(404);
		assertThat(api.post(path + "/restore").status()).isEqualTo(200);
		assertThat(api.get(path + "/versions").json()).hasSize(4);
	}

	@Test
	void personsHaveNoContacts() {
		String person = api.post("/api/v1/customers", aPerson("张三丰").json()).json().get("id").asString();

		Api.Response response = api.post("/api/v1/customers/" + person + "/contacts", "{\"name\": \"张无忌\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("customerId");
	}

	@Test
	void contactsOfADeletedCustomerAreHidden() {
		String path = api.post("/api/v1/customers/" + company + "/contacts", "{\"name\": \"赵经理\"}").location().get();
		api.delete("/api/v1/customers/" + company);

		assertThat(api.get(path).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/customers/" + company + "/contacts").status()).isEqualTo(404);
	}

}
