package dev.clientele.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.clientele.customer.FieldChange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RedactionTests {

	@Test
	void anErasedSnapshotKeepsEveryMemberButOnlyTheValuesThatSayNothingAboutThePerson() {
		String snapshot = """
				{"kind":"company","name":"田嘉华","phones":[{"number":"13800138000","e164":"+8613800138000"}],
				 "address":"幸福路1号","ownerId":"0190a1b2-0000-7000-8000-000000000001","tags":["VIP"],
				 "customFields":{"member":"M-1"},"deletedAt":null}""";

		JsonNode erased = ProfileJson.JSON.readTree(Redaction.snapshot(snapshot));

		assertThat(erased.propertyNames()).containsExactly("kind", "name", "phones", "address", "ownerId", "tags",
				"customFields", "deletedAt", "erased");
		assertThat(erased.get("kind").asString()).isEqualTo("company");
		assertThat(erased.get("ownerId").asString()).isEqualTo("0190a1b2-0000-7000-8000-000000000001");
		assertThat(erased.get("name").isNull()).isTrue();
		assertThat(erased.get("phones")).isEmpty();
		assertThat(erased.get("customFields")).isEmpty();
		assertThat(erased.get("erased").asBoolean()).isTrue();
		assertThat(erased.toString()).doesNotContain("田嘉华", "13800138000", "幸福路", "VIP", "M-1");
	}

	@Test
	void erasedChangesKeepTheirFieldNamesAndOnlyTheOwnersAndKindsValues() {
		List<FieldChange> erased = Redaction.changes(List.of(new FieldChange("name", "\"甲\"", "\"乙\""),
				new FieldChange("customFields.member", null, "\"M-1\""), new FieldChange("ownerId", "\"a\"", "\"b\"")));

		assertThat(erased).containsExactly(new FieldChange("name", null, null),
				new FieldChange("customFields.member", null, null), new FieldChange("ownerId", "\"a\"", "\"b\""));
	}

}
