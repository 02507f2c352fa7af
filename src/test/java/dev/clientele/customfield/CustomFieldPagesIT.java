package dev.clientele.customfield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.access.FieldAccess;
import dev.clientele.access.Role;
import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomFieldPagesIT extends DatabaseIT {


	Api api;

	@BeforeEach
	void setUp() {
		api = browserWithFullAccess();
	}

	@Test
	void aSelectFieldDefinedInTheAdminIsOfferedByTheCustomerFormAndStored() {
		Api.Response defined = api.postForm("/custom-fields", "entity", "customer", "key", "channel", "label",
				"Sales channel", "type", "single_select", "options", "Online\r\nShop\r\nPartner");
		assertThat(defined.status()).isEqualTo(302);
		assertThat(api.get("/custom-fields").body()).contains("Sales channel", "Online, Shop, Partner");

		String form = api.get("/customers/new").body();
		assertThat(form).contains("Sales channel", "name=\"cf.channel\"", "<option value=\"Shop\">Shop</option>");

		Api.Response created = api.postForm("/customers", "kind", "person", "name", "渠道客户", "cf.channel", "Shop");
		assertThat(created.status()).isEqualTo(302);
		assertThat(api.get(java.net.URI.create(created.location().orElseThrow()).getPath()).body()).contains("Sales channel", "Shop");
	}

	@Test
	void aBadDefinitionShowsEachErrorAtItsField() {
		Api.Response page = api.postForm("/custom-fields", "entity", "customer", "key", "Bad Key", "label", "",
				"type", "text");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("A lower-case letter, then up to 63 lower-case letters, digits or underscores.",
				"This field is required.");
	}

	@Test
	void theDefinitionFormSetsTheFieldsAccessPerRole() {
		String form = api.get("/custom-fields").body();
		assertThat(form).contains("name=\"access[marketer]\"", "name=\"access[read-only]\"");

		Api.Response defined = api.postForm("/custom-fields", "entity", "customer", "key", "margin", "label", "毛利",
				"type", "decimal", "access[marketer]", "hidden", "access[read-only]", "masked", "access[sales-rep]", "");

		assertThat(defined.status()).isEqualTo(302);
		assertThat(role("marketer").fields()).containsEntry("customFields.margin", FieldAccess.HIDDEN);
		assertThat(role("read-only").fields()).containsEntry("customFields.margin", FieldAccess.MASKED);
		assertThat(role("sales-rep").fields()).doesNotContainKey("customFields.margin");
	}

	@Test
	void anUnknownAccessLevelIsShownAtItsRoleAndDefinesNothing() {
		Api.Response page = api.postForm("/custom-fields", "entity", "customer", "key", "secret_level", "label", "密级",
				"type", "text", "access[marketer]", "top-secret");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Must be hidden, masked, read or edit.");
		assertThat(api.get("/custom-fields").body()).doesNotContain("密级");
	}

	private Role role(String key) {
		return roles.roles().stream().filter(role -> role.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void removingAnUnusedFieldDeletesItAndAUsedOneIsArchivedAndCanComeBack() {
		api.postForm("/custom-fields", "entity", "customer", "key", "unused_note", "label", "Unused note", "type", "text");
		api.postForm("/custom-fields", "entity", "customer", "key", "budget", "label", "Budget", "type", "number");
		api.post("/api/v1/customers", "{\"kind\": \"person\", \"name\": \"预算客户\", \"customFields\": {\"budget\": 5000}}");

		api.postForm("/custom-fields/" + id("unused_note") + "/remove");
		String budget = id("budget");
		api.postForm("/custom-fields/" + budget + "/remove");

		String page = api.get("/custom-fields").body();
		assertThat(page).doesNotContain("Unused note").contains("Budget", "Archived", "Unarchive");
		assertThat(api.postForm("/custom-fields/" + budget + "/unarchive").status()).isEqualTo(302);
		assertThat(api.get("/customers/new").body()).contains("name=\"cf.budget\"");
	}

	@Test
	void changingAFieldUpdatesItsLabelAndAddsOptions() {
		api.postForm("/custom-fields", "entity", "contact", "key", "hobby", "label", "Hobby", "type", "multi_select",
				"options", "Tea");
		String id = id("hobby", "contact");

		Api.Response changed = api.postForm("/custom-fields/" + id, "label", "Hobbies", "options", "Golf");

		assertThat(changed.status()).isEqualTo(302);
		assertThat(api.get("/custom-fields").body()).contains("Hobbies", "Tea, Golf");
	}

	private String id(String key) {
		return id(key, "customer");
	}

	private String id(String key, String entity) {
		for (var field : api.get("/api/v1/custom-fields?archived=true&entity=" + entity).json()) {
			if (field.get("key").asString().equals(key)) {
				return field.get("id").asString();
			}
		}
		throw new AssertionError("No field " + key);
	}

}
